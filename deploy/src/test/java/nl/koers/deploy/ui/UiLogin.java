package nl.koers.deploy.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The few steps every UI test class takes on the shared {@link UiStack}: log a demo user in (password "demo") in a
 * fresh browser context, open a page of the application by its route, and find the problem box a refused call shows.
 */
final class UiLogin {
    private UiLogin() {
    }

    /** A new desktop browser context with the user logged in through Keycloak's own login page. */
    static Page login(String user) {
        Page page = UiStack.chromium().desktop();
        Chromium.login(page, UiStack.gateway(), user);
        return page;
    }

    /** Opens a route of the application, e.g. {@code school/12AB00/plan}. */
    static void open(Page page, String hash) {
        page.navigate(UiStack.gateway() + "#/" + hash);
    }

    /** The problem box (api.js errorBox) for an answer with this status. */
    static Locator problem(Page page, int status) {
        return page.locator(".problem[data-status='" + status + "']");
    }
}
