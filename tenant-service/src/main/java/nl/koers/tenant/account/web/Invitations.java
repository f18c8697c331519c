package nl.koers.tenant.account.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.error.InvalidInput;
import nl.koers.platform.error.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Invitation links instead of e-mail (there is no mail server): a random 256-bit token, shown once to the inviting
 * admin, kept only as its SHA-256, single use and expiring. Whoever opens the link sets the account's password
 * in Keycloak, which also completes the UPDATE_PASSWORD action the account was created with.
 */
@Service
public class Invitations {
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String baseUrl;
    private final Duration lifetime;
    private final ObjectProvider<IdentityProvider> identity;

    Invitations(JdbcTemplate jdbc, Clock clock, @Value("${koers.invitations.base-url}") String baseUrl,
                @Value("${koers.invitations.lifetime:7d}") Duration lifetime, ObjectProvider<IdentityProvider> identity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.lifetime = lifetime;
        this.identity = identity;
    }

    public record Invitation(String url, Instant expiresAt) {
    }

    public Invitation issue(AccountId account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(lifetime);
        // Only the newest link works: an admin asks for a new one when the last was lost, expired or sent to the wrong
        // address, and then that one must not set the password any more.
        expireUnused(account);
        jdbc.update("insert into tenant_invitation (token_hash, account_id, expires_at) values (?, ?, ?)",
                AccountReadModel.sha256(token), account.value(), java.sql.Timestamp.from(expires));
        // The gateway's page for the invitee (it sends the token to /api/invitations/{token}): a link that is opened in
        // a browser, the token in its fragment so that no server logs it.
        return new Invitation(baseUrl + "/uitnodiging#" + token, expires);
    }

    /** Unknown, used and expired links all answer 404: a guessed token learns nothing. */
    public void accept(String token, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInput("password", MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        List<UUID> accounts = jdbc.queryForList("""
                select account_id from tenant_invitation where token_hash = ? and used_at is null and expires_at > ?
                """, UUID.class, AccountReadModel.sha256(token == null ? "" : token),
                java.sql.Timestamp.from(clock.instant()));
        if (accounts.isEmpty()) {
            throw new NotFound("token", "invitation");
        }
        IdentityProvider provider = identity.getIfAvailable();
        if (provider == null) {
            throw new Conflict("token", "accounts are not provisioned in this deployment");
        }
        if (!provider.setPassword(new AccountId(accounts.get(0)), password)) {
            throw new Conflict("token", "your account is still being set up: try again in a minute");
        }
        jdbc.update("update tenant_invitation set used_at = now() where token_hash = ?", AccountReadModel.sha256(token));
    }

    /** The account's unused links expire now: they answer 404, like used ones. */
    private void expireUnused(AccountId account) {
        jdbc.update("update tenant_invitation set expires_at = least(expires_at, ?) where account_id = ? and used_at is null",
                java.sql.Timestamp.from(clock.instant()), account.value());
    }
}
