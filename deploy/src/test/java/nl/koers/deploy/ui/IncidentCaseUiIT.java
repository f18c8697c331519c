package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;
import static nl.koers.deploy.ui.UiLogin.problem;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator's and a board admin's incident casework in a real browser (issue 9): the Meldcode, legal holds and
 * erasure, the pupil's chronology and its transfer, the board's retention policy and receipts, corrections. Each test
 * reports its own incident with a fresh pupil reference on the shared {@link UiStack} and asserts only on that.
 */
@ExtendWith(UiStack.class)
class IncidentCaseUiIT {
    /** Who did it (a user id) and when (a time of day) as the pages show them. */
    private static final Pattern WHO = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final Pattern WHEN = Pattern.compile("\\d{1,2}:\\d{2}");

    private static String freshPupil() {
        return "LL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Reports an incident with one pupil in the browser and opens it; returns the incident's id. */
    private static String reportAndOpen(Page page, String school, String pupil) {
        open(page, "school/" + school + "/melden");
        page.getByLabel("Waar?").selectOption("CLASSROOM");
        page.getByLabel("Wat voor incident?").selectOption("OTHER");
        page.getByLabel("Hoe ernstig?").selectOption("LOW");
        page.getByLabel("Wat is er gebeurd?").fill("Een leerling vertelt over zorgen thuis " + UUID.randomUUID());
        page.getByText("Leerling toevoegen").click();
        page.getByLabel("Leerlingnummer").fill(pupil);
        page.locator("#melden button[type=submit]").click();
        page.locator("#gemeld").click();
        assertThat(page.locator("h1")).containsText("Incident");
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    /** From the incident's involved people to the pupil's chronology page. */
    private static void openPupil(Page page, String pupil) {
        page.locator("main a", new Page.LocatorOptions().setHasText(pupil)).click();
        assertThat(page.locator("h1")).hasText("Leerling " + pupil);
    }

    @Test
    void a_coordinator_records_the_five_meldcode_steps_and_the_decision_and_sees_each_with_who_and_when() {
        Page page = login("coordinator-12ab00");
        reportAndOpen(page, "12AB00", freshPupil());
        page.locator("#meldcode-starten button").click();
        List<String> steps = List.of("MAP_SIGNS", "CONSULT", "TALK", "WEIGH");
        for (int n = 0; n < steps.size(); n++) {
            assertThat(page.locator("#meldcode-stap h3")).containsText("Stap " + (n + 1));
            String decision = "Bevinding bij stap " + (n + 1) + " " + UUID.randomUUID();
            page.getByLabel("Wat heb je gedaan en besloten?").fill(decision);
            if (n == 0) Chromium.screenshot(page, "meldcode-stap");
            page.locator("#meldcode-stap button[type=submit]").click();
            Locator row = page.locator("#meldcode tr[data-step=" + steps.get(n) + "]");
            assertThat(row).containsText("vastgelegd");
            assertThat(row).containsText(decision);
        }
        assertThat(page.locator("#meldcode-overslaan")).hasCount(0); // the weighing cannot be skipped: no such form
        page.getByLabel("Besluit", new Page.GetByLabelOptions().setExact(true)).selectOption("ORGANISE_HELP");
        page.getByLabel("Onderbouwing").fill("Hulp via het wijkteam, geen melding nodig");
        page.locator("#meldcode-besluit-nemen button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Het Meldcode-traject is afgerond.");
        for (String step : List.of("MAP_SIGNS", "CONSULT", "TALK", "WEIGH", "DECIDE")) {
            Locator row = page.locator("#meldcode tr[data-step=" + step + "]");
            assertThat(row.locator("td").nth(2)).containsText(WHO);
            assertThat(row.locator("td").nth(3)).containsText(WHEN);
        }
        assertThat(page.locator("#meldcode tr[data-step=DECIDE]")).containsText("hulp organiseren");
        assertThat(page.locator("#meldcode tr[data-step=DECIDE]")).containsText("Hulp via het wijkteam");
        assertThat(page.locator("#geschiedenis")).containsText("Meldcode-besluit genomen");
        Chromium.screenshot(page, "meldcode-besluit");
        Chromium.done(page);
    }

    @Test
    void a_skipped_meldcode_step_shows_its_reason_who_skipped_it_and_the_next_step() {
        Page page = login("coordinator-12ab00");
        reportAndOpen(page, "12AB00", freshPupil());
        page.locator("#meldcode-starten button").click();
        page.getByLabel("Waarom sla je stap 1 over?").fill("Signalen kwamen van Veilig Thuis zelf");
        page.locator("#meldcode-overslaan button[type=submit]").click();
        Locator row = page.locator("#meldcode tr[data-step=MAP_SIGNS]");
        assertThat(row).containsText("overgeslagen");
        assertThat(row).containsText("Reden: Signalen kwamen van Veilig Thuis zelf");
        assertThat(row.locator("td").nth(2)).containsText(WHO);
        assertThat(page.locator("#meldcode-stap h3")).containsText("Stap 2");
        assertThat(page.locator("#geschiedenis")).containsText("Meldcode-stap overgeslagen");
        Chromium.screenshot(page, "meldcode-overgeslagen");
        Chromium.done(page);
    }

    @Test
    void erasure_of_a_pupil_under_a_legal_hold_is_refused_in_dutch_and_succeeds_with_a_receipt_once_the_hold_is_lifted() {
        Page page = login("coordinator-12ab00");
        String pupil = freshPupil();
        String incident = reportAndOpen(page, "12AB00", pupil);
        openPupil(page, pupil);
        assertThat(page.locator("#chronologie tbody tr")).hasCount(1);
        Chromium.screenshot(page, "leerling-chronologie");

        page.getByLabel("Reden voor de blokkade").fill("Klacht bij de klachtencommissie loopt");
        page.locator("#blokkade-plaatsen button[type=submit]").click();
        assertThat(page.locator("#blokkade-actief")).isVisible();
        // The hold is the pupil's, not the browser tab's: opened again later it is still listed, with its reason.
        page.reload();
        assertThat(page.locator("#blokkades li")).hasCount(1);
        assertThat(page.locator("#blokkades li")).containsText("Klacht bij de klachtencommissie loopt");
        page.locator("#leerling-wissen").click();
        assertThat(page.locator(".confirm")).containsText("Dit kan niet ongedaan worden gemaakt");
        assertThat(page.locator("#leerling-wissen")).isHidden();
        page.getByText("Ja, definitief wissen").click();
        assertThat(problem(page, 409)).containsText("Dit kan nu niet");
        assertThat(page.locator("#blokkade-uitleg")).hasText("Er ligt een juridische blokkade op deze gegevens. Wissen kan pas als de blokkade is opgeheven.");
        Chromium.screenshot(page, "leerling-wissen-geweigerd");

        page.getByText("Annuleren").click();
        assertThat(page.locator("#leerling-wissen")).isFocused();
        page.locator("#blokkade-opheffen").click();
        assertThat(page.locator("#blokkade-actief")).hasCount(0);
        assertThat(page.locator("#blokkades li")).containsText("opgeheven op");
        page.locator("#leerling-wissen").click();
        page.getByText("Ja, definitief wissen").click();
        assertThat(page.locator("#wisbewijs")).containsText("De gegevens zijn gewist");
        assertThat(page.locator("#wisbewijs")).containsText(incident);
        Chromium.screenshot(page, "wisbewijs");

        open(page, "school/12AB00/incidenten/" + incident);
        Locator involved = page.locator("section", new Page.LocatorOptions().setHas(page.locator("h2", new Page.LocatorOptions().setHasText("Betrokkenen"))));
        assertThat(involved).containsText("(gewist)");
        assertThat(involved).not().containsText(pupil);
        assertThat(page.locator("#geschiedenis")).containsText("persoonsgegevens gewist");
        Chromium.screenshot(page, "incident-gewist");
        Chromium.done(page);
    }

    @Test
    void a_coordinator_transfers_a_pupils_chronology_to_another_school_whose_coordinator_acknowledges_it_while_staff_cannot_open_it() {
        Page sender = login("coordinator-12ab00");
        String pupil = freshPupil();
        reportAndOpen(sender, "12AB00", pupil);
        openPupil(sender, pupil);
        sender.getByLabel("Naar school (BRIN en vestiging, bijv. 12AC00)").fill("12AC00");
        sender.locator("#overdragen button[type=submit]").click();
        assertThat(sender.locator("#overgedragen")).containsText("overgedragen aan 12AC00");
        Chromium.screenshot(sender, "leerling-overgedragen");
        String href = sender.locator("#overgedragen a").getAttribute("href");
        String transfer = href.substring(href.lastIndexOf('/') + 1);
        Chromium.done(sender);

        Page receiver = login("coordinator-12ac00");
        receiver.locator("#nav a", new Page.LocatorOptions().setHasText("Overdrachten")).click();
        Locator row = receiver.locator("#ontvangen tr[data-transfer='" + transfer + "']");
        assertThat(row).containsText("12AB00");
        assertThat(row).containsText("nog niet bevestigd");
        Chromium.screenshot(receiver, "overdrachten");
        row.locator("a").click();
        assertThat(receiver.locator("h1")).hasText("Overdracht van 12AB00 naar 12AC00");
        assertThat(receiver.locator("main")).containsText(pupil);
        assertThat(receiver.locator("#overdracht-incidenten tbody tr")).hasCount(1);
        receiver.getByText("Ontvangst bevestigen").click();
        assertThat(receiver.locator("#ontvangst")).containsText("bevestigd op");
        assertThat(receiver.locator("#bevestigen")).hasCount(0); // once
        Chromium.screenshot(receiver, "overdracht-bevestigd");
        Chromium.done(receiver);

        Page staff = login("staff-12ab00");
        assertThat(staff.locator("#nav")).not().containsText("Overdrachten");
        open(staff, "school/12AB00/leerlingen/" + pupil);
        assertThat(problem(staff, 403)).containsText("Dit mag je met je huidige rol niet");
        assertThat(staff.locator("#chronologie")).hasCount(0);
        Chromium.screenshot(staff, "leerling-chronologie-geen-toegang");
        Chromium.done(staff);
    }

    @Test
    void a_board_admin_sets_the_retention_policy_and_sees_the_receipt_of_an_erasure_done_at_a_school() {
        Page coordinator = login("coordinator-12ab00");
        reportAndOpen(coordinator, "12AB00", freshPupil());
        // Erasing one person of the incident from its own page (e.g. on that person's request).
        coordinator.getByText("Gegevens wissen…").click();
        assertThat(coordinator.locator(".confirm")).containsText("Dit kan niet ongedaan worden gemaakt");
        Chromium.screenshot(coordinator, "incident-wissen-bevestigen");
        coordinator.getByText("Ja, definitief wissen").click();
        String receipt = coordinator.locator("#wisbewijs dd.mono").first().textContent().strip();
        Chromium.done(coordinator);

        Page board = login("bestuur-noord");
        board.locator("#nav a", new Page.LocatorOptions().setHasText("Privacy")).click();
        assertThat(board.locator("h1")).hasText("Privacy van het bestuur");
        String months = String.valueOf(12 + (int) (Math.random() * 48));
        board.getByLabel("Maanden na afsluiten (1–120)").fill(months);
        board.locator("#bewaartermijn-instellen button[type=submit]").click();
        assertThat(board.locator("#bewaartermijn-status")).hasText("Opgeslagen: " + months + " maanden na afsluiten.");
        board.reload();
        assertThat(board.getByLabel("Maanden na afsluiten (1–120)")).hasValue(months);
        Locator row = board.locator("#wisbewijzen tr[data-receipt='" + receipt + "']");
        assertThat(row).containsText("12AB00");
        assertThat(row).containsText(WHO);
        Chromium.screenshot(board, "bestuur-privacy");
        board.locator("#taal").click();
        assertThat(board.locator("h1")).hasText("Board privacy");
        assertThat(board.locator("main")).containsText("Erasure receipts");
        Chromium.screenshot(board, "bestuur-privacy-english");
        board.locator("#taal").click();
        assertThat(board.locator("h1")).hasText("Privacy van het bestuur");
        Chromium.done(board);
    }

    @Test
    void a_correction_shows_in_the_incidents_history_next_to_the_report_as_recorded_and_an_incident_hold_shows_while_in_force() {
        Page page = login("coordinator-12ab00");
        reportAndOpen(page, "12AB00", freshPupil());
        assertThat(page.locator("dl.facts")).containsText("licht");
        page.getByText("Correctie vastleggen", new Page.GetByTextOptions().setExact(true)).first().click(); // the summary
        page.locator("#correctie-ernst").selectOption("HIGH");
        String reason = "Later bleek dat de leerling gewond was " + UUID.randomUUID();
        page.getByLabel("Waarom corrigeer je?").fill(reason);
        Chromium.screenshot(page, "incident-correctie-formulier");
        page.locator("#corrigeren button[type=submit]").click();
        assertThat(page.locator("#correcties")).containsText(reason);
        assertThat(page.locator("#correcties")).containsText("ernst");
        assertThat(page.locator("dl.facts")).containsText("ernstig");
        assertThat(page.locator("#geschiedenis li[data-event=IncidentCorrected]")).containsText("gecorrigeerd");
        assertThat(page.locator("#geschiedenis li[data-event=IncidentReported]")).containsText("gemeld");
        Chromium.screenshot(page, "incident-correctie");

        // A hold on the incident shows while in force, and stays in the record once lifted.
        page.getByLabel("Reden voor de blokkade").fill("Aansprakelijkheidsstelling door ouders");
        page.locator("#blokkade-plaatsen button[type=submit]").click();
        assertThat(page.locator("#blokkade-actief")).isVisible();
        assertThat(page.locator("#blokkades")).containsText("Aansprakelijkheidsstelling door ouders");
        Chromium.screenshot(page, "incident-blokkade");
        page.getByText("Blokkade opheffen").click();
        assertThat(page.locator("#blokkades")).containsText("opgeheven op");
        assertThat(page.locator("#blokkade-actief")).hasCount(0);
        assertThat(page.locator("#geschiedenis")).containsText("juridische blokkade opgeheven");
        Chromium.done(page);
    }
}
