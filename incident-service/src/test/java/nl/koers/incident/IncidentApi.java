package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TestTokens;

/** The incident API as tests call it: tokens, bodies and the steps that bring an incident into a state. */
final class IncidentApi {
    static final String DESCRIPTION = "In de pauze werd een leerling uit groep 6 uitgescholden.";
    final String base;

    IncidentApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static String token(String user, String board, String school, String role) {
        return TestTokens.issuer().token(user, board, school == null ? List.of() : List.of(school), role);
    }

    static String admin(String board) {
        return token("admin-" + board, board, null, "board-admin");
    }

    static String coordinator(String board, String school) {
        return token("coordinator-" + school, board, school, "coordinator");
    }

    /** The {@code sub} of a token, to make its holder the handler or the reporter. */
    static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"sub\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    static String body(String category, String persons) {
        return """
                {"occurredAt":"2026-11-20T10:15:00Z","location":"PLAYGROUND","category":"%s","severity":"MEDIUM",
                 "description":"%s","involved":[%s]}""".formatted(category, DESCRIPTION, persons);
    }

    static String pupil(String reference, String role, String name) {
        return """
                {"kind":"PUPIL","role":"%s","reference":"%s","group":"6B"%s}""".formatted(role, reference,
                name == null ? "" : ",\"name\":\"" + name + "\"");
    }

    String incidents(String school) {
        return base + "/api/schools/" + school + "/incidents";
    }

    String report(String school, String token, String body) {
        Http.Response created = Http.post(incidents(school), token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1");
    }

    String report(String board, String school) {
        return report(school, admin(board), body("BULLYING", pupil("LL-" + System.nanoTime(), "VICTIM", null)));
    }

    Http.Response triage(String board, String school, String id, String handler) {
        return Http.post(incidents(school) + "/" + id + "/triage", coordinator(board, school),
                "{\"handler\":\"" + handler + "\"}");
    }

    Http.Response close(String board, String school, String id) {
        return Http.post(incidents(school) + "/" + id + "/close", coordinator(board, school),
                "{\"evaluation\":\"Gesprekken gevoerd; het gedrag is gestopt.\"}");
    }

    static Http.Response put(String url, String token, String json) {
        return Http.put(url, token, json);
    }

    static Http.Response delete(String url, String token) {
        return Http.delete(url, token);
    }

    static tools.jackson.databind.JsonNode json(String body) {
        return new tools.jackson.databind.ObjectMapper().readTree(body);
    }

    static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }
}
