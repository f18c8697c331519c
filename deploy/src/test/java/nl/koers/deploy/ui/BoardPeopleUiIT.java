package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The board's people in a real browser (issue 9): a board admin invites someone, finds them in the list with their
 * role at the school, gives and takes roles by picking the person (no ids to copy), and another board sees nothing of
 * them. Fresh names per run, on the shared {@link UiStack}.
 */
@ExtendWith(UiStack.class)
class BoardPeopleUiIT {
    @Test
    void a_board_admin_invites_a_person_sees_them_with_their_roles_and_changes_the_roles_by_picking_them() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String last = "Jansma" + suffix;
        Page page = login("bestuur-noord");
        open(page, "bestuur/41001/beheer");
        Locator invite = page.locator("#uitnodigen");
        invite.getByLabel("Gebruikersnaam").fill("s.jansma." + suffix);
        invite.getByLabel("E-mail").fill("s.jansma." + suffix + "@school.example");
        invite.getByLabel("Voornaam").fill("Sanne");
        invite.getByLabel("Achternaam").fill(last);
        invite.getByLabel("Rol").selectOption("coordinator");
        invite.locator("label[for='invite-school-12AB00']").click();
        invite.locator("button[type=submit]").click();
        assertThat(invite.locator(".success")).containsText("/api/invitations/");

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
}
