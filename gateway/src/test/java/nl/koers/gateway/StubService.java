package nl.koers.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A downstream service stand-in (the services are outside the gateway's unit): records what reaches it and answers
 * 200 with a cookie and its own frame policy, which the gateway must not pass on.
 */
final class StubService implements AutoCloseable {

    record Received(String method, String path, Headers headers, long bodyBytes) {
    }

    private final HttpServer server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            long bytes;
            try (InputStream body = exchange.getRequestBody()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException cutOff) {
                bytes = -1;
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), bytes));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Set-Cookie", "tracking=1; Path=/");
            exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
