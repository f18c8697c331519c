package nl.koers.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Fails fast, before anything starts, when a port the platform needs is taken. */
final class Ports {

    private Ports() {}

    static void requireFree(int port, String usedFor) {
        // Binding the wildcard address also collides with a listener on 127.0.0.1 only.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " (" + usedFor + ") is already in use."
                    + " Is another './koers run' still running? See who holds it: ss -ltnp 'sport = :" + port + "'");
        }
    }
}
