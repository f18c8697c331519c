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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a browser does, done by hand so a test can assert every step: a cookie jar per host (like a browser: cookies
 * are not kept apart by port), no automatic redirects, and a record of everything received, for the "no token ever
 * reaches the browser" check.
 */
final class Browser {

    /** One response as the browser saw it. */
    record Page(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        URI location() {
            return uri.resolve(header("Location").orElseThrow(() -> new AssertionError(
                    "no Location on " + status + " from " + method + " " + uri)));
        }

        /** The Set-Cookie header that set {@code name}, if this response set it. */
        Optional<String> setCookie(String name) {
            return headers("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private record Cookie(String value, String path) {
    }

    private final Map<String, Map<String, Cookie>> cookies = new LinkedHashMap<>(); // host -> name -> cookie
    final List<Page> seen = new ArrayList<>();

    Page get(URI uri) {
        return send("GET", uri, Map.of(), HttpRequest.BodyPublishers.noBody());
    }

    Page post(URI uri, Map<String, String> headers, String body) {
        return send("POST", uri, headers, HttpRequest.BodyPublishers.ofString(body));
    }

    Page postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(uri, Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    Page get(URI uri, Map<String, String> headers) {
        return send("GET", uri, headers, HttpRequest.BodyPublishers.noBody());
    }

    Optional<String> cookie(String host, String name) {
        return Optional.ofNullable(cookies.getOrDefault(host, Map.of()).get(name)).map(Cookie::value);
    }

    private Page send(String method, URI uri, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method, body);
        headers.forEach(request::header);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String jar = cookies.getOrDefault(uri.getHost(), Map.of()).entrySet().stream()
                .filter(e -> path.startsWith(e.getValue().path()))
                .map(e -> e.getKey() + "=" + e.getValue().value()).collect(Collectors.joining("; "));
        if (!jar.isEmpty()) {
            request.header("Cookie", jar);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(method, uri, response.statusCode(), response.headers().map(), response.body());
            seen.add(page);
            page.headers("Set-Cookie").forEach(c -> store(uri.getHost(), c));
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the cookie with its path, or drops it when the server expires it (Max-Age=0 or an empty value). */
    private void store(String host, String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('=')).trim();
        String value = pair.substring(pair.indexOf('=') + 1).trim();
        String attributes = setCookie.toLowerCase(Locale.ROOT);
        String path = "/";
        for (String attribute : setCookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).startsWith("path=")) {
                path = attribute.trim().substring(5);
            }
        }
        Map<String, Cookie> jar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
        if (value.isEmpty() || attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")) {
            jar.remove(name);
        } else {
            jar.put(name, new Cookie(value, path));
        }
    }
}
