package nl.koers.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.koers.deploy.TestKeycloak;
import nl.koers.deploy.local.LocalKeycloak;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm as code gives the tokens the services rely on: issuer, audience, board, schools, roles. */
class RealmTokenIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode accessTokenClaims(LocalKeycloak keycloak, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=koers-cli&username=" + user + "&password=demo"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).required("access_token").asString();
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void a_staff_token_carries_issuer_audience_board_school_and_role() throws Exception {
        LocalKeycloak keycloak = TestKeycloak.get();
        JsonNode claims = accessTokenClaims(keycloak, "staff-12ab00");
        assertThat(claims.required("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(claims.required("aud").toString()).contains("koers-api");
        assertThat(claims.required("board_id").asString()).isEqualTo("41001");
        assertThat(claims.required("school_ids").toString()).isEqualTo("[\"12AB00\"]");
        assertThat(claims.required("roles").toString()).contains("\"staff\"").doesNotContain("board-admin");
        assertThat(claims.required("exp").asLong() - claims.required("iat").asLong()).isLessThanOrEqualTo(300);
    }

    @Test
    void a_board_admin_token_carries_the_board_and_no_school_list() throws Exception {
        JsonNode claims = accessTokenClaims(TestKeycloak.get(), "bestuur-zuid");
        assertThat(claims.required("board_id").asString()).isEqualTo("41002");
        assertThat(claims.has("school_ids")).isFalse();
        assertThat(claims.required("roles").toString()).contains("\"board-admin\"");
    }
}
