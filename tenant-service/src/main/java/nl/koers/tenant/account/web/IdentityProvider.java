package nl.koers.tenant.account.web;

import nl.koers.contracts.tenant.AccountId;

/** What an invitation needs from the identity provider. Absent when provisioning is switched off. */
public interface IdentityProvider {
    /** @return false when the account is not provisioned yet (try again shortly) */
    boolean setPassword(AccountId account, String password);
}
