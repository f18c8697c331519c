package nl.koers.deploy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koers.deploy.TestKeycloak;
import nl.koers.deploy.onboarding.TenantPlatform.Answer;
import nl.koers.platform.test.TcpGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Onboarding against the real Keycloak (the run command's distribution and realm): a platform admin onboards a
 * board, its first admin accepts the invitation and imports schools, tenant-service provisions groups and users
 * through the Admin API, and the tokens Keycloak then issues carry exactly the board, schools and roles onboarded.
 */
class OnboardingIT {
    private static final String BOARD = "47001";
    private static final String PASSWORD = "Welkom-bij-Koers-2026";
    private static TenantPlatform platform;

    @BeforeAll
    static void start() {
        platform = TenantPlatform.start(TestKeycloak.get(), "onboarding_tenant");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    /** The platform admin onboards a board with its first admin; returns that admin's invitation link. */
    private static String onboardBoard(String beheer, String boardId, String name, String username, String email,
            String firstName, String lastName) {
        Answer board = TenantPlatform.send("POST", platform.url("/api/platform/boards"), beheer, "application/json", """
                {"boardId":"%s","name":"%s","firstAdmin":{"username":"%s","email":"%s","firstName":"%s",
                 "lastName":"%s"}}""".formatted(boardId, name, username, email, firstName, lastName));
        assertThat(board.status()).as(board.body()).isEqualTo(201);
        return board.json().required("firstAdmin").required("invitation").required("url").asString();
    }

    /** Does what the invitation link's page does: 409 while the account is still being provisioned, then 204. */
    private static void accept(String invitationUrl) {
        await("the invitee sets a password").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> TenantPlatform.send("POST", TenantPlatform.acceptUrl(invitationUrl), null,
                        "application/json", "{\"password\":\"" + PASSWORD + "\"}").status() == 204);
    }

    @Test
    void a_board_onboarded_through_the_api_is_provisioned_in_keycloak_and_tokens_carry_its_board_schools_and_roles() {
        // 1. The platform admin (beheer) onboards the board with its first admin.
        String beheer = platform.accessToken("beheer", "demo");
        accept(onboardBoard(beheer, BOARD, "Stichting Onderwijs Eemland", "bestuur-eemland", "bestuur@eemland.example",
                "Ilse", "Kramer"));

        // 2. The new board admin logs in at Keycloak: board_id from the provisioned group, role board-admin.
        String admin = platform.accessToken("bestuur-eemland", PASSWORD);
        JsonNode adminClaims = TenantPlatform.claims(admin);
        assertThat(adminClaims.required("board_id").asString()).isEqualTo(BOARD);
        assertThat(adminClaims.required("roles").toString()).contains("\"board-admin\"");
        assertThat(adminClaims.has("school_ids")).isFalse();

        // 3. ... and imports the board's schools with that real token.
        Answer imported = TenantPlatform.send("POST", platform.url("/api/boards/" + BOARD + "/schools/import"), admin,
                "text/csv", TenantPlatform.schools("71", 5));
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> TenantPlatform.send("GET", platform.url(imported.location()),
                admin, null, null).body().contains("\"status\":\"COMPLETED\""));

        // 4. Keycloak has the board and school groups with their attributes.
        String kcAdmin = platform.keycloakAdminToken();
        await("school groups provisioned").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> platform.group(kcAdmin, "/boards/" + BOARD + "/schools/71AE00") != null);
        JsonNode boardGroup = platform.group(kcAdmin, "/boards/" + BOARD);
        assertThat(boardGroup.required("attributes").required("board_id").toString()).isEqualTo("[\"" + BOARD + "\"]");
        assertThat(boardGroup.required("attributes").required("display_name").toString())
                .isEqualTo("[\"Stichting Onderwijs Eemland\"]");
        JsonNode school = platform.group(kcAdmin, "/boards/" + BOARD + "/schools/71AB00");
        assertThat(school.required("attributes").required("board_id").toString()).isEqualTo("[\"" + BOARD + "\"]");
        assertThat(school.required("attributes").required("school_id").toString()).isEqualTo("[\"71AB00\"]");
        assertThat(school.required("attributes").required("display_name").toString()).isEqualTo("[\"Basisschool 71AB\"]");
        assertThat(school.required("attributes").required("sector").toString()).isEqualTo("[\"VO\"]");

        // 5. A coordinator invited for one of the new schools sets a password and gets a matching token.
        Answer invited = TenantPlatform.send("POST", platform.url("/api/boards/" + BOARD + "/users"), admin,
                "application/json", """
                {"username":"coordinator-71ab00","email":"coordinator@71ab.example","firstName":"Noor",
                 "lastName":"Yilmaz","role":"coordinator","schools":["71AB00"]}""");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String userId = invited.json().required("userId").asString();
        accept(invited.json().required("invitation").required("url").asString());
        JsonNode session = platform.passwordGrant("coordinator-71ab00", PASSWORD);
        JsonNode claims = TenantPlatform.claims(session.required("access_token").asString());
        assertThat(claims.required("board_id").asString()).isEqualTo(BOARD);
        assertThat(claims.required("school_ids").toString()).isEqualTo("[\"71AB00\"]");
        assertThat(claims.required("roles").toString()).contains("\"coordinator\"").doesNotContain("board-admin");
        Answer own = TenantPlatform.send("GET", platform.url("/api/boards/" + BOARD + "/schools"),
                session.required("access_token").asString(), null, null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("71AB00").doesNotContain("71AA00");

        // 6. Revoking the role: the next refreshed token and any newly issued token lack it.
        Answer revoked = TenantPlatform.send("DELETE",
                platform.url("/api/boards/" + BOARD + "/users/" + userId + "/roles/coordinator"), admin, null, null);
        assertThat(revoked.status()).isEqualTo(204);
        await("revocation provisioned").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                !TenantPlatform.claims(platform.accessToken("coordinator-71ab00", PASSWORD)).path("roles").toString()
                        .contains("\"coordinator\""));
        JsonNode refreshed = platform.refresh(session.required("refresh_token").asString());
        assertThat(TenantPlatform.claims(refreshed.required("access_token").asString()).path("roles").toString())
                .doesNotContain("\"coordinator\"");
    }

    /**
     * Keycloak is "down" (a listener on the gate's port that drops every connection) while a board is onboarded: the
     * API answers at once, provisioning fails and retries; once Keycloak is reachable, everything is provisioned.
     */
    @Test
    void a_keycloak_outage_delays_provisioning_and_loses_nothing() throws IOException, InterruptedException {
        String keycloakAddress = platform.keycloak.baseUrl().replace("http://localhost:", "127.0.0.1:");
        try (TcpGate gate = new TcpGate(keycloakAddress);
             ServerSocket down = new ServerSocket(port(gate.address()), 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger refused = new AtomicInteger();
            Thread listener = Thread.ofPlatform().start(() -> {
                while (!down.isClosed()) {
                    try (Socket dropped = down.accept()) {
                        refused.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            try (TenantPlatform cut = TenantPlatform.start(platform.keycloak, "onboarding_outage",
                    "http://" + gate.address())) {
                String beheer = platform.accessToken("beheer", "demo");
                Answer board = TenantPlatform.send("POST", cut.url("/api/platform/boards"), beheer, "application/json", """
                        {"boardId":"47003","name":"Stichting Zonder Verbinding","firstAdmin":{"username":"bestuur-47003",
                         "email":"bestuur@47003.example","firstName":"Tess","lastName":"de Wit"}}""");
                assertThat(board.status()).as("onboarding does not wait for Keycloak").isEqualTo(201);
                // Two events (board, invitation): more than two calls means failed batches were retried.
                await("provisioning failed and retried").atMost(Duration.ofSeconds(90)).until(() -> refused.get() > 2);
                String link = board.json().required("firstAdmin").required("invitation").required("url").asString();
                assertThat(TenantPlatform.send("POST", TenantPlatform.acceptUrl(link), null, "application/json",
                        "{\"password\":\"" + PASSWORD + "\"}").status()).as("not provisioned yet").isEqualTo(409);
                String kcAdmin = platform.keycloakAdminToken();
                assertThat(platform.group(kcAdmin, "/boards/47003")).isNull();

                down.close();
                listener.join();
                // the port was just released: binding it again may need a moment
                await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                    gate.open();
                    return true;
                });
                accept(link); // provisioned once Keycloak is reachable again: retried from the stored position
                JsonNode claims = TenantPlatform.claims(platform.accessToken("bestuur-47003", PASSWORD));
                assertThat(claims.required("board_id").asString()).isEqualTo("47003");
                assertThat(claims.required("roles").toString()).contains("\"board-admin\"");
                assertThat(platform.group(kcAdmin, "/boards/47003").required("attributes").required("display_name")
                        .toString()).isEqualTo("[\"Stichting Zonder Verbinding\"]");
            }
        }
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    @Test
    void a_used_invitation_link_cannot_be_used_again() {
        String link = onboardBoard(platform.accessToken("beheer", "demo"), "47002", "Stichting Gooi", "bestuur-gooi",
                "bestuur@gooi.example", "Ruben", "Smit");
        accept(link);
        assertThat(TenantPlatform.send("POST", TenantPlatform.acceptUrl(link), null, "application/json",
                "{\"password\":\"nog-een-wachtwoord\"}").status()).isEqualTo(404);
        assertThat(platform.accessToken("bestuur-gooi", PASSWORD)).isNotBlank();
    }

    @Test
    void a_new_invitation_link_replaces_the_earlier_one() {
        accept(onboardBoard(platform.accessToken("beheer", "demo"), "47004", "Stichting Vecht", "bestuur-vecht",
                "bestuur@vecht.example", "Iris", "Kok"));
        String admin = platform.accessToken("bestuur-vecht", PASSWORD);
        Answer invited = TenantPlatform.send("POST", platform.url("/api/boards/47004/users"), admin, "application/json",
                """
                {"username":"auditor-vecht","email":"auditor@vecht.example","firstName":"Bas","lastName":"Smit",
                 "role":"auditor","schools":[]}""");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String lost = invited.json().required("invitation").required("url").asString();
        Answer replaced = TenantPlatform.send("POST", platform.url("/api/boards/47004/users/"
                + invited.json().required("userId").asString() + "/invitation"), admin, null, null);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);

        // Whoever holds the lost link can no longer choose the password (404 comes before "still being set up").
        assertThat(TenantPlatform.send("POST", TenantPlatform.acceptUrl(lost), null, "application/json",
                "{\"password\":\"overgenomen-wachtwoord\"}").status()).isEqualTo(404);
        accept(replaced.json().required("url").asString());
        assertThat(platform.accessToken("auditor-vecht", PASSWORD)).isNotBlank();
    }
}
