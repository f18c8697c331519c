package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board's people in a real browser (issue 9): a board admin invites someone, finds them in the list with their
 * role at the school, gives and takes roles by picking the person (no ids to copy), and another board sees nothing of
 * them; a lost link is replaced from that list; the invitee opens the newest, chooses a password once and logs in
 * with it. Fresh names per run, on the shared {@link UiStack}.
 */
@ExtendWith(UiStack.class)
class BoardPeopleUiIT {
    @Test
    void a_board_admin_invites_a_person_sees_them_with_their_roles_and_changes_the_roles_by_picking_them() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String last = "Jansma" + suffix;
        Page page = login("bestuur-noord");
        open(page, "bestuur/41001/beheer");
        Locator invite = invite(page, "s.jansma." + suffix, "Sanne", last, "coordinator");
        assertThat(invite.locator(".success")).containsText(UiStack.gateway() + "uitnodiging#");

        Locator row = page.locator("#mensen tr", new Page.LocatorOptions().setHasText(last));
        assertThat(row).containsText("Sanne " + last);
        assertThat(row).containsText("coördinator (12AB00)");
        Chromium.screenshot(page, "beheer-mensen");

        Locator roles = page.locator("#rollen");
        roles.getByLabel("Wie").selectOption(new SelectOption().setLabel(
                "Sanne " + last + " (s.jansma." + suffix + ")"));
        roles.getByLabel("Rol").selectOption("staff");
        roles.locator("label[for='role-school-12AC00']").click();
        roles.getByText("Rol geven").click();
        assertThat(row).containsText("medewerker (12AC00)");
        assertThat(row).containsText("coördinator (12AB00)");

        roles = page.locator("#rollen");
        roles.getByLabel("Wie").selectOption(new SelectOption().setLabel(
                "Sanne " + last + " (s.jansma." + suffix + ")"));
        roles.getByLabel("Rol").selectOption("coordinator");
        roles.getByText("Rol afnemen").click();
        assertThat(row).not().containsText("coördinator");
        assertThat(row).containsText("medewerker (12AC00)");
        Chromium.done(page);

        Page other = login("bestuur-zuid");
        open(other, "bestuur/41002/beheer");
        assertThat(other.locator("#mensen-kaart")).isVisible();
        assertThat(other.locator("main")).not().containsText(last);
        Chromium.done(other);
    }

    @Test
    void an_invitee_opens_the_newest_link_chooses_a_password_once_and_logs_in_with_it() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "m.devries." + suffix;
        Page admin = login("bestuur-noord");
        open(admin, "bestuur/41001/beheer");
        Locator link = invite(admin, username, "Mila", "de Vries" + suffix, "staff").locator(".success .mono");
        assertThat(link).containsText("/uitnodiging#");
        String lost = link.textContent().strip();
        // The first link got lost: the admin gives a new one from the list of people, which replaces it.
        admin.locator("#mensen tr", new Page.LocatorOptions().setHasText(username)).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Nieuwe uitnodigingslink voor Mila de Vries" + suffix)).click();
        Locator replaced = admin.locator("#nieuwe-link .success .mono");
        assertThat(replaced).containsText("/uitnodiging#");
        String url = replaced.textContent().strip();
        Assertions.assertThat(url).isNotEqualTo(lost);
        Chromium.done(admin);

        // The invitee has no login: a fresh browser, the link as sent.
        Page invitee = UiStack.chromium().desktop();
        invitee.navigate(url);
        invitee.getByLabel("Nieuw wachtwoord").fill("te-kort");
        invitee.getByLabel("Herhaal het wachtwoord").fill("te-kort");
        invitee.getByText("Account activeren").click();
        assertThat(invitee.locator("#fout")).hasText("Kies een wachtwoord van 10 tot 128 tekens.");
        invitee.getByLabel("Nieuw wachtwoord").fill("Veilig-op-school-2026");
        invitee.getByLabel("Herhaal het wachtwoord").fill("Veilig-op-schooI-2026");
        invitee.getByText("Account activeren").click();
        assertThat(invitee.locator("#fout")).hasText("De twee wachtwoorden zijn niet gelijk.");
        invitee.getByLabel("Herhaal het wachtwoord").fill("Veilig-op-school-2026");
        invitee.getByText("Account activeren").click();
        // Keycloak's login is made right after the invitation, asynchronously: until then the page waits and retries.
        assertThat(invitee.locator("#stap-klaar")).containsText("Je account is klaar",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(invitee).not().hasURL(Pattern.compile(".*#.*"));
        Chromium.screenshot(invitee, "uitnodiging-klaar");
        invitee.context().close();

        // Used once: the same link, opened again, is refused; so is the lost one it replaced.
        for (String used : List.of(url, lost)) {
            Page again = UiStack.chromium().desktop();
            again.navigate(used);
            again.getByLabel("Nieuw wachtwoord").fill("Nog-een-wachtwoord-2026");
            again.getByLabel("Herhaal het wachtwoord").fill("Nog-een-wachtwoord-2026");
            again.getByText("Account activeren").click();
            assertThat(again.locator("#stap-ongeldig")).containsText("niet (meer) geldig");
            again.context().close();
        }

        Page loggedIn = UiStack.chromium().desktop();
        Chromium.login(loggedIn, UiStack.gateway(), username, "Veilig-op-school-2026");
        assertThat(loggedIn.locator("#uitloggen")).isVisible();
        Chromium.done(loggedIn);
    }

    /** Fills and sends the invitation form for school 12AB00; returns the form, where the outcome shows. */
    private static Locator invite(Page page, String username, String firstName, String lastName, String role) {
        Locator invite = page.locator("#uitnodigen");
        invite.getByLabel("Gebruikersnaam").fill(username);
        invite.getByLabel("E-mail").fill(username + "@school.example");
        invite.getByLabel("Voornaam").fill(firstName);
        invite.getByLabel("Achternaam").fill(lastName);
        invite.getByLabel("Rol").selectOption(role);
        invite.locator("label[for='invite-school-12AB00']").click();
        invite.locator("button[type=submit]").click();
        return invite;
    }
}
