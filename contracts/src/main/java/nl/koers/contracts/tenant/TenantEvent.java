package nl.koers.contracts.tenant;

import nl.koers.platform.id.BoardId;

/** The events of the tenant context, published on {@code koers.tenant.events}. */
public sealed interface TenantEvent permits BoardOnboarded, SchoolOnboarded, SchoolDetailsChanged, UserInvited,
        UserRoleGranted, UserRoleRevoked {
    BoardId boardId();
}
