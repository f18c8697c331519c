package nl.koers.deploy.ui;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import nl.koers.deploy.identity.GatewayPlatform;
import nl.koers.deploy.identity.GatewayPlatform.Service;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One real stack for every browser test class of the JVM: Keycloak, all services, the gateway and one Chromium,
 * started by the first class that needs it and stopped when JUnit's root context closes (after the last class).
 * Starting it costs minutes on two cores; each UI test class paying that again would blow the CI budget.
 * Tests share its data, so each creates what it asserts on (fresh descriptions, names, ids) and never counts globally.
 *
 * <p>Use: {@code @ExtendWith(UiStack.class)} on the class, then {@link #platform()}, {@link #chromium()}; a failed test
 * leaves screenshots of the browser's pages.
 */
public final class UiStack implements BeforeAllCallback, TestWatcher {
    private static volatile Started started;

    /** What the stack holds; closed by JUnit as a root-store resource. */
    private record Started(GatewayPlatform platform, Chromium chromium) implements AutoCloseable {
        @Override
        public void close() {
            chromium.close();
            platform.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.create(UiStack.class))
                .computeIfAbsent(Started.class, key -> start(), Started.class);
    }

    /** Every failed UI test leaves the browser's pages as screenshots, named after the test. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Started s = started;
        if (s != null) s.chromium().failed(context.getRequiredTestMethod().getName());
    }

    public static GatewayPlatform platform() {
        return require().platform();
    }

    public static Chromium chromium() {
        return require().chromium();
    }

    public static URI gateway() {
        return platform().gateway("/");
    }

    private static Started require() {
        Started s = started;
        if (s == null) throw new IllegalStateException("the class needs @ExtendWith(UiStack.class)");
        return s;
    }

    private static Started start() {
        long begin = System.nanoTime();
        GatewayPlatform platform = GatewayPlatform.start("ui", EnumSet.allOf(Service.class));
        Chromium chromium = null;
        try {
            System.out.printf("web UI stack: healthy %.1f s after launch%n", (System.nanoTime() - begin) / 1e9);
            for (String school : List.of("12AB00", "12AC00")) platform.onboard("41001", school);
            for (String school : List.of("13BA00", "13BB00")) platform.onboard("41002", school);
            chromium = new Chromium();
            // Every service learns the schools from Kafka; wait until each answers for them before any test starts.
            awaitSchoolKnown(platform, chromium, "coordinator-12ab00", "12AB00");
            awaitSchoolKnown(platform, chromium, "coordinator-13ba00", "13BA00");
        } catch (RuntimeException | Error e) {
            if (chromium != null) chromium.close();
            platform.close();
            throw e;
        }
        started = new Started(platform, chromium);
        return started;
    }

    private static void awaitSchoolKnown(GatewayPlatform platform, Chromium chromium, String coordinator, String school) {
        Page page = chromium.desktop();
        Chromium.login(page, platform.gateway("/"), coordinator);
        for (String path : List.of("/dashboard", "/incidents", "/plans", "/surveys/rounds", "/training/coverage")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> status(page, "/api/schools/" + school + path) == 200);
        }
        Chromium.done(page);
    }

    /** The HTTP status of a same-origin GET made by the page (its session cookie included). */
    static int status(Page page, String path) {
        return ((Number) page.evaluate("async (p) => (await fetch(p)).status", path)).intValue();
    }
}
