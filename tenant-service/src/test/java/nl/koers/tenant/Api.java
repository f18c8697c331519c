package nl.koers.tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.koers.platform.test.Http;

/** The calls platform-test's {@link Http} does not make: CSV uploads and DELETE; answers in the same shape. */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    public static Http.Response csv(String url, String token, String body) {
        return send(request(url, token).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static Http.Response delete(String url, String token) {
        return send(request(url, token).DELETE());
    }

    public static String location(String url, String token, String body) {
        try {
            HttpResponse<String> response = CLIENT.send(request(url, token)
                    .header("Content-Type", "text/csv; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new AssertionError("import not accepted: " + response.statusCode() + " " + response.body());
            }
            return response.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static tools.jackson.databind.JsonNode json(String body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Http.Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A school file for a board: {@code count} schools with BRINs {@code <digits><AA..ZZ>}, location 00 (then 01). */
    public static String schools(String brinDigits, int count, int pupils) {
        StringBuilder csv = new StringBuilder("brin,location,name,sector,municipality,pupils\n");
        for (int i = 0; i < count; i++) {
            String letters = "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            int location = i / 676;
            csv.append(brinDigits).append(letters).append(',').append(String.format("%02d", location))
                    .append(",School ").append(brinDigits).append(letters).append(',')
                    .append(i % 3 == 0 ? "PO" : i % 3 == 1 ? "VO" : "SBO").append(",Zwolle,")
                    .append(pupils + i).append('\n');
        }
        return csv.toString();
    }
}
