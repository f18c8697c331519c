package nl.koers.deploy.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium, headless, driven by Playwright: one browser per test JVM, a fresh context (cookie jar) per user.
 * Playwright never downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD); a missing Chromium fails the test
 * with what to do, it is never skipped ({@code ./koers test} installs it).
 */
final class Chromium implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of(System.getProperty("koers.root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/target/screenshots");
    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("KOERS_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();

    Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium is missing at " + EXECUTABLE + ": install it with "
                    + "'apt-get install -y chromium chromium-driver' (./koers test does that as root) or set KOERS_CHROMIUM");
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(FLAGS));
    }

    /** A new user: own cookies, Dutch locale, the given viewport (a phone is 390×844). */
    Page user(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(new ViewportSize(width, height)).setLocale("nl-NL").setTimezoneId("Europe/Amsterdam")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            // A refused API call is logged by the browser too; those answers are asserted on the page itself.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                pageErrors.add(page.url() + ": " + message.text());
            }
        });
        pages.add(page);
        return page;
    }

    /** After a failed test: every page still open as a screenshot, with its text and the scripts' errors. */
    void failed(String test) {
        int n = 0;
        for (Page page : pages) {
            if (page.isClosed()) continue;
            screenshot(page, "FAILED-" + test + "-" + (++n));
            System.out.println("FAILED " + test + " page " + n + " at " + page.url() + ":\n" + page.locator("body").innerText());
        }
        pageErrors.forEach(error -> System.out.println("page error: " + error));
        pages.removeIf(Page::isClosed);
    }

    Page desktop() {
        return user(1280, 900);
    }

    /** Logs in through the gateway at Keycloak's own login page, as a person would. */
    static void login(Page page, URI gateway, String username) {
        login(page, gateway, username, "demo");
    }

    static void login(Page page, URI gateway, String username, String password) {
        page.navigate(gateway.toString());
        page.locator("#inloggen").click();
        page.waitForURL(url -> url.contains("/realms/koers/"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(gateway.toString()));
        page.locator("#uitloggen").waitFor();
    }

    /**
     * Logs out (which ends the Keycloak session too) and closes the user's browser: the shared test Keycloak keeps no
     * sessions of this class for the next test class to count.
     */
    static void done(Page page) {
        page.locator("#uitloggen").click();
        page.locator("#inloggen").waitFor();
        page.context().close();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
