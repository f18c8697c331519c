package nl.koers.deploy.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds every JWT-shaped value in what a browser received. From the gateway, any JWT at all is a leak. Keycloak
 * legitimately sets its own SSO cookies as JWTs on its own origin (KEYCLOAK_IDENTITY, typ "Serialized-ID"); those
 * are allowed there, but a Keycloak response may never carry an OAuth token (typ Bearer, ID, Refresh, Offline)
 * either: with the code flow the tokens travel only between Keycloak and the gateway.
 */
final class NoTokenInBrowser {
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.(eyJ[A-Za-z0-9_-]+)\\.");
    private static final Set<String> OAUTH_TOKEN_TYPES = Set.of("Bearer", "ID", "Refresh", "Offline");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NoTokenInBrowser() {
    }

    /** Every violation: where it was seen and what kind of token it was. */
    static List<String> violations(List<Browser.Page> pages, URI gateway) {
        List<String> found = new ArrayList<>();
        for (Browser.Page page : pages) {
            boolean fromGateway = page.uri().getPort() == gateway.getPort() && page.uri().getHost().equals(gateway.getHost());
            for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
                boolean ownCookie = !fromGateway && header.getKey().equalsIgnoreCase("Set-Cookie");
                for (String value : header.getValue()) {
                    check(found, page, "header " + header.getKey(), value, fromGateway || !ownCookie);
                }
            }
            check(found, page, "body", page.body(), true);
        }
        return found;
    }

    private static void check(List<String> found, Browser.Page page, String where, String text, boolean anyJwtIsALeak) {
        Matcher jwt = JWT.matcher(text);
        while (jwt.find()) {
            String type = type(jwt.group(1));
            if (anyJwtIsALeak || OAUTH_TOKEN_TYPES.contains(type)) {
                found.add(page.method() + " " + page.uri() + " -> " + page.status() + ", " + where + ": a JWT of typ " + type);
            }
        }
    }

    /** The {@code typ} claim of a JWT payload segment (Keycloak sets it on everything it signs). */
    static String type(String payloadSegment) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(payloadSegment), StandardCharsets.UTF_8);
            JsonNode claims = JSON.readTree(payload);
            return claims.has("typ") ? claims.get("typ").asString() : "?";
        } catch (RuntimeException unreadable) {
            return "?";
        }
    }
}
