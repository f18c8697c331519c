package nl.koers.deploy.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.koers.deploy.local.LocalKeycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Keycloak's admin REST API as the master realm's admin (admin/admin in the test Keycloak): what the tests need of it. */
final class KeycloakAdmin {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalKeycloak keycloak;

    KeycloakAdmin(LocalKeycloak keycloak) {
        this.keycloak = keycloak;
    }

    /** Lets a client redirect to one more address (a gateway on a test port) after login and logout. */
    void allowRedirect(String clientId, String pattern) {
        ObjectNode client = client(clientId);
        ArrayNode redirects = (ArrayNode) client.get("redirectUris");
        if (redirects.valueStream().noneMatch(uri -> uri.asString().equals(pattern))) {
            redirects.add(pattern);
            put("/clients/" + client.get("id").asString(), client);
        }
    }

    /** Sets (or with a null value, removes) one attribute of a client, e.g. {@code access.token.lifespan}. */
    void clientAttribute(String clientId, String name, String value) {
        ObjectNode client = client(clientId);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        put("/clients/" + client.get("id").asString(), client);
    }

    /** Keycloak keeps these user events from now on, for an hour (token refreshes are not kept by default). */
    void recordEvents(String... types) {
        ObjectNode config = (ObjectNode) get("/events/config");
        config.put("eventsEnabled", true);
        config.put("eventsExpiration", 3600);
        ArrayNode enabled = config.putArray("enabledEventTypes");
        for (String type : types) {
            enabled.add(type);
        }
        put("/events/config", config);
    }

    /** The user's events of one type caused through one client (newest first). */
    JsonNode events(String username, String clientId, String type) {
        return get("/events?type=" + type + "&client=" + clientId + "&user=" + userId(username));
    }

    /** The user's active SSO sessions at Keycloak. */
    int sessions(String username) {
        return get("/users/" + userId(username) + "/sessions").size();
    }

    private String userId(String username) {
        JsonNode users = get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        if (users.size() != 1) throw new IllegalStateException("no single user " + username + ": " + users);
        return users.get(0).get("id").asString();
    }

    private ObjectNode client(String clientId) {
        JsonNode clients = get("/clients?clientId=" + clientId);
        if (clients.size() != 1) throw new IllegalStateException("no single client " + clientId + ": " + clients);
        return (ObjectNode) clients.get(0);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(admin(path).GET());
        return JSON.readTree(response.body());
    }

    private void put(String path, JsonNode body) {
        send(admin(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
    }

    /** A fresh one each time: master-realm admin tokens live a minute. */
    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        return JSON.readTree(response.body()).required("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
