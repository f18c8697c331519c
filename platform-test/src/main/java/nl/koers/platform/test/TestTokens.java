package nl.koers.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A local OpenID provider for service tests: discovery document and JWK set over real HTTP, and RS256 tokens with
 * the claims Keycloak issues ({@code board_id}, {@code school_ids}, {@code roles}, {@code aud=koers-api}). The identity
 * provider is outside the system under test; the real Keycloak is exercised by the identity tests.
 */
public final class TestTokens {
    public static final String AUDIENCE = "koers-api";
    private static TestTokens instance;
    private static final RSAKey OTHER_KEY = generate();
    private final RSAKey key;
    private final String issuer;

    private TestTokens(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public static synchronized TestTokens issuer() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String issuerUri() {
        return issuer;
    }

    /** A valid token for a user of a board with the given schools and roles. */
    public String token(String subject, String board, List<String> schools, String... roles) {
        return sign(claims(subject, board, schools, List.of(roles), Instant.now().plus(Duration.ofMinutes(5))));
    }

    public String expiredToken(String subject, String board, List<String> schools, String... roles) {
        return forged(Forgery.EXPIRED, subject, board, schools, roles);
    }

    /** The ways a token can be wrong; each must be refused with 401. */
    public enum Forgery { EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, ALG_NONE, BAD_SIGNATURE }

    public String forged(Forgery forgery, String subject, String board, List<String> schools, String... roles) {
        Instant valid = Instant.now().plus(Duration.ofMinutes(5));
        JWTClaimsSet claims = claims(subject, board, schools, List.of(roles), valid);
        return switch (forgery) {
            case EXPIRED -> sign(claims(subject, board, schools, List.of(roles), Instant.now().minus(Duration.ofMinutes(5))));
            case WRONG_ISSUER -> sign(new JWTClaimsSet.Builder(claims).issuer("http://127.0.0.1:1/realms/other").build());
            case WRONG_AUDIENCE -> sign(new JWTClaimsSet.Builder(claims).audience("account").build());
            case ALG_NONE -> new PlainJWT(claims).serialize();
            case BAD_SIGNATURE -> signWith(OTHER_KEY, claims); // same key id, another key: the signature cannot verify
        };
    }

    private JWTClaimsSet claims(String subject, String board, List<String> schools, List<String> roles, Instant exp) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subject).audience(AUDIENCE).jwtID(UUID.randomUUID().toString())
                .issueTime(new Date()).expirationTime(Date.from(exp))
                .claim("school_ids", schools).claim("roles", roles);
        if (board != null) {
            claims.claim("board_id", board);
        }
        return claims.build();
    }

    private String sign(JWTClaimsSet claims) {
        return signWith(key, claims);
    }

    private static String signWith(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("koers-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("koers-test").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/koers";
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            String discovery = """
                    {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                     "id_token_signing_alg_values_supported":["RS256"],"subject_types_supported":["public"],
                     "response_types_supported":["code"]}""".formatted(issuer, issuer);
            serve(server, "/realms/koers/.well-known/openid-configuration", discovery);
            serve(server, "/realms/koers/protocol/openid-connect/certs", jwks);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-tokens-stop"));
            return new TestTokens(key, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(HttpServer server, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
