package nl.koers.deploy.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.koers.deploy.local.LocalKeycloak;
import nl.koers.deploy.local.ServiceProcess;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * tenant-service as a separate JVM (its real jar) on the test JVM's PostgreSQL and Kafka, validating tokens of the
 * real Keycloak and provisioning into it through the Admin API with the realm's {@code koers-provisioning} client.
 * Plus the plain HTTP calls the onboarding tests and benchmark make: tokens, CSV uploads, Keycloak admin reads.
 */
public final class TenantPlatform implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final JsonMapper JSON = JsonMapper.builder().build();
    public final LocalKeycloak keycloak;
    public final ServiceProcess tenant;

    private TenantPlatform(LocalKeycloak keycloak, ServiceProcess tenant) {
        this.keycloak = keycloak;
        this.tenant = tenant;
    }

    public static TenantPlatform start(LocalKeycloak keycloak, String database) {
        return start(keycloak, database, keycloak.baseUrl());
    }

    /** With provisioning calling Keycloak's Admin API at {@code adminUrl} (e.g. through a gate that is still closed). */
    public static TenantPlatform start(LocalKeycloak keycloak, String database, String adminUrl) {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(ServiceTestInfrastructure.properties(database,
                TestKafka.bootstrapServers()));
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer());
        properties.put("koers.provisioning.server-url", adminUrl);
        properties.put("koers.provisioning.realm", LocalKeycloak.REALM);
        properties.put("koers.provisioning.client-id", "koers-provisioning");
        properties.put("koers.provisioning.client-secret", "koers-provisioning-dev-secret");
        properties.put("koers.invitations.base-url", "http://127.0.0.1:" + port);
        Path logs = ROOT.resolve("deploy/target/e2e-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess tenant = ServiceProcess.start("tenant-service", ROOT.resolve("tenant-service/target/tenant-service.jar"),
                port, properties, logs.resolve(database + "-tenant-service.log"), Duration.ofSeconds(120));
        return new TenantPlatform(keycloak, tenant);
    }

    public String url(String path) {
        return tenant.baseUrl() + path;
    }

    public record Answer(int status, String body, String location) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /**
     * The call an invitation link's page makes: the link is {@code <base>/uitnodiging#<token>} (a page in the
     * gateway), the call {@code POST <base>/api/invitations/<token>}.
     */
    public static String acceptUrl(String invitationLink) {
        if (!invitationLink.contains("/uitnodiging#")) {
            throw new IllegalArgumentException("not an invitation link: " + invitationLink);
        }
        return invitationLink.replace("/uitnodiging#", "/api/invitations/");
    }

    public static Answer send(String method, String url, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint's answer for the local demo's password grant ({@code koers-cli}). */
    public JsonNode passwordGrant(String username, String password) {
        Answer answer = form(keycloak.tokenEndpoint(), Map.of("grant_type", "password", "client_id", "koers-cli",
                "username", username, "password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + answer.body());
        }
        return answer.json();
    }

    public JsonNode refresh(String refreshToken) {
        Answer answer = form(keycloak.tokenEndpoint(), Map.of("grant_type", "refresh_token", "client_id", "koers-cli",
                "refresh_token", refreshToken));
        if (answer.status() != 200) {
            throw new IllegalStateException("refresh refused: " + answer.body());
        }
        return answer.json();
    }

    public String accessToken(String username, String password) {
        return passwordGrant(username, password).required("access_token").asString();
    }

    public static JsonNode claims(String accessToken) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The master realm's admin (admin/admin, as the launcher starts Keycloak): to look at what was provisioned. */
    public String keycloakAdminToken() {
        Answer answer = form(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        return answer.json().required("access_token").asString();
    }

    /** A group of the koers realm by path, or null when it does not exist (yet). */
    public JsonNode group(String adminToken, String path) {
        Answer answer = send("GET", keycloak.baseUrl() + "/admin/realms/koers/group-by-path" + path, adminToken, null, null);
        return answer.status() == 200 ? answer.json() : null;
    }

    private static Answer form(String url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", url, null, "application/x-www-form-urlencoded", body.toString());
    }

    /** A school file: {@code count} schools with BRINs {@code <digits><AA..ZZ>} and location 00. */
    public static String schools(String brinDigits, int count) {
        StringBuilder csv = new StringBuilder("brin,location,name,sector,municipality,pupils\n");
        for (int i = 0; i < count; i++) {
            String letters = "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            csv.append(brinDigits).append(letters).append(",").append(String.format("%02d", i / 676))
                    .append(",Basisschool ").append(brinDigits).append(letters).append(',')
                    .append(i % 2 == 0 ? "PO" : "VO").append(",Amersfoort,").append(100 + i).append('\n');
        }
        return csv.toString();
    }

    @Override
    public void close() {
        tenant.stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
