package nl.koers.tenant.account.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koers.contracts.tenant.AccountId;
import nl.koers.platform.error.Conflict;
import nl.koers.platform.id.BoardId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which board an account belongs to, a hash of its user name (unique in Koers; the name itself stays out of this
 * table) and, once provisioned, its Keycloak user id.
 */
@Component
public class AccountReadModel {
    private final JdbcTemplate jdbc;

    AccountReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record AccountRow(AccountId accountId, BoardId boardId, Optional<String> keycloakId, String provisioning) {
    }

    /** Inside the inviting transaction, before the event: a taken user name refuses the invitation. */
    void reserve(AccountId account, BoardId board, String username) {
        try {
            jdbc.update("insert into tenant_account (account_id, board_id, username_hash) values (?, ?, ?)",
                    account.value(), board.value(), sha256(username));
        } catch (DuplicateKeyException e) {
            throw new Conflict("username", "this user name is taken");
        }
    }

    public Optional<AccountRow> find(AccountId account) {
        return jdbc.query("select * from tenant_account where account_id = ?", (rs, n) -> new AccountRow(
                account, new BoardId(rs.getString("board_id")), Optional.ofNullable(rs.getString("keycloak_id")),
                rs.getString("provisioning")), account.value()).stream().findFirst();
    }

    /** The board's accounts (unordered: the list sorts them by name once their profiles are opened). */
    public List<AccountRow> ofBoard(BoardId board) {
        return jdbc.query("select * from tenant_account where board_id = ?", (rs, n) -> new AccountRow(
                new AccountId((UUID) rs.getObject("account_id")), board,
                Optional.ofNullable(rs.getString("keycloak_id")), rs.getString("provisioning")), board.value());
    }

    public void provisioned(AccountId account, String keycloakId) {
        jdbc.update("update tenant_account set keycloak_id = ?, provisioning = 'PROVISIONED' where account_id = ?",
                keycloakId, account.value());
    }

    public void provisioningFailed(AccountId account, String reason) {
        jdbc.update("update tenant_account set provisioning = ? where account_id = ?", "FAILED: " + reason,
                account.value());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
