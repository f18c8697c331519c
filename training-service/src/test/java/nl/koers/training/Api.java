package nl.koers.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TestTokens;

/** Calls to a training-service under test, and the tokens of the people who make them. */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final String BOARD_A = "41001";
    public static final String BOARD_B = "41002";
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public Http.Response get(String path, String token) {
        return Http.get(url(path), token);
    }

    public Http.Response post(String path, String token, String json) {
        return Http.post(url(path), token, json);
    }

    public Http.Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE(), token);
    }

    public byte[] bytes(String path, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response send(HttpRequest.Builder builder, String token) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String platformAdmin() {
        return TestTokens.issuer().token("provider-admin", null, List.of(), "platform-admin");
    }

    public static String boardAdmin(String board) {
        return TestTokens.issuer().token("admin-" + board, board, List.of(), "board-admin");
    }

    public static String staff(String subject, String board, String school) {
        return TestTokens.issuer().token(subject, board, List.of(school), "staff");
    }

    public static String coordinator(String subject, String board, String school) {
        return TestTokens.issuer().token(subject, board, List.of(school), "coordinator");
    }

    /** The value of a string field in a small JSON answer. */
    public static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    public static final String COURSE = """
            {"kind":"COURSE","title":"Professionalisering Sociale Veiligheid","description":"Cursus voor teams",
             "provider":"ECM dialoog","targetRoles":["staff","coordinator"],"lerarenregister":true,"hours":6}""";

    public static String session(String date, int capacity) {
        return """
                {"date":"%s","start":"14:00","end":"17:00","city":"Utrecht","venue":"Jaarbeurs","capacity":%d}"""
                .formatted(date, capacity);
    }
}
