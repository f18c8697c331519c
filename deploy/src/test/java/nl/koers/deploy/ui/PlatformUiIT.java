package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;
import static nl.koers.deploy.ui.UiLogin.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform admin's page in a real browser (issue 9): the rule sets of duties, of which only a coming law can be
 * switched (and every open plan is evaluated again), and the monitor's minimum group size, which the service keeps at
 * 5 or more. Each test leaves the platform as it found it, for the other test classes on the shared {@link UiStack}.
 */
@ExtendWith(UiStack.class)
class PlatformUiIT {
    private static final String COMING = "wet-vrij-en-veilig-onderwijs.v1";

    @SuppressWarnings("unchecked")
    private static boolean switchedOn(Page page, String ruleSet) {
        List<Map<String, Object>> sets = (List<Map<String, Object>>) page.evaluate(
                "async () => (await fetch('/api/plan/rule-sets')).json()");
        return sets.stream().filter(s -> ruleSet.equals(((Map<String, Object>) s.get("ruleSet")).get("id")))
                .map(s -> (Boolean) s.get("switchedOn")).findFirst().orElseThrow();
    }

    @Test
    void the_platform_admin_switches_a_coming_law_on_and_off_while_the_law_in_force_cannot_be_switched() {
        Page page = login("beheer");
        open(page, "platform");
        Locator coming = page.locator("#regels tr[data-rule-set='" + COMING + "']");
        assertThat(coming.locator("td").nth(1)).hasText("komend");
        assertThat(coming.locator("td").nth(4)).hasText("uit");
        Locator inForce = page.locator("#regels tr[data-rule-set='wet-veiligheid-op-school-2015.v1']");
        assertThat(inForce.locator("td").nth(4)).hasText("geldt (wet)");
        assertThat(inForce.locator("button")).hasCount(0);
        assertThat(page.locator("#regels tr[data-rule-set='aanbevolen-2026.v1'] td").nth(4)).hasText("geldt altijd");

        coming.getByText("Aanzetten").click();
        assertThat(page.locator("#regels-gewijzigd")).containsText("opnieuw beoordeeld");
        assertThat(page.locator("#regels tr[data-rule-set='" + COMING + "'] td").nth(4)).hasText("aan");
        assertThat(switchedOn(page, COMING)).isTrue();
        Chromium.screenshot(page, "platform-regels");

        page.locator("#regels tr[data-rule-set='" + COMING + "']").getByText("Uitzetten").click();
        assertThat(page.locator("#regels-gewijzigd")).containsText("Uitgezet");
        assertThat(page.locator("#regels tr[data-rule-set='" + COMING + "'] td").nth(4)).hasText("uit");
        assertThat(switchedOn(page, COMING)).isFalse();
        Chromium.done(page);
    }

    @Test
    void a_minimum_group_size_below_five_is_refused_naming_the_field_and_nothing_changes() {
        Page page = login("beheer");
        open(page, "platform");
        Locator size = page.getByLabel("Minimale groepsgrootte");
        String before = size.inputValue();
        size.fill("3");
        page.locator("#groepsgrootte button[type=submit]").click();
        assertThat(problem(page, 422)).containsText("minimumGroupSize");
        Object now = page.evaluate("async () => (await (await fetch('/api/surveys/settings')).json()).minimumGroupSize");
        assertThat(String.valueOf(now)).isEqualTo(before);

        size.fill(before); // the same value again: saved, and the platform is as it was
        page.locator("#groepsgrootte button[type=submit]").click();
        assertThat(page.locator("#groepsgrootte-opgeslagen")).containsText("minimaal " + before + " antwoorden");
        Chromium.screenshot(page, "platform-groepsgrootte");
        Chromium.done(page);

        Page coordinator = login("coordinator-12ab00");
        open(coordinator, "platform");
        assertThat(problem(coordinator, 403)).isVisible(); // the API decides, not the menu
        Chromium.done(coordinator);
    }
}
