package nl.koers.platform.tenant;

import nl.koers.platform.error.Forbidden;

/**
 * The check for the {@code platform} scope of docs/security.md: operating the platform itself (onboarding boards,
 * rule sets, rebuilding read models) is for a {@code platform-admin}, who has no board and never sees school data.
 */
public final class PlatformAccess {
    private PlatformAccess() {
    }

    public static void require(TenantScope scope) {
        if (!scope.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new Forbidden("only a platform administrator may do this");
        }
    }
}
