package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.open;
import static nl.koers.deploy.ui.UiLogin.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.koers.platform.pdf.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web application in a real browser (Debian's Chromium) against the real stack: Keycloak's login page, the
 * gateway and every service as its own JVM ({@link UiStack}, shared by every UI test class of the JVM). Every page
 * visited is saved as a screenshot under deploy/target/screenshots.
 */
@ExtendWith(UiStack.class)
class WebUiIT {
    private static final Duration PROJECTED = Duration.ofSeconds(30);

    private static int status(Page page, String path) {
        return UiStack.status(page, path);
    }

    private static URI gateway() {
        return UiStack.gateway();
    }

    /** The coordinator opens a monitor round in the UI and has codes shown for one class. */
    private static void openRoundWithCodes(Page coordinator, String school, String classLabel, int pupils) {
        open(coordinator, "school/" + school + "/monitor");
        coordinator.locator("#ronde-openen button[type=submit]").click();
        assertThat(coordinator.locator("h1")).containsText("Ronde");
        coordinator.getByLabel("Klas").fill(classLabel);
        coordinator.getByLabel("Aantal leerlingen").fill(String.valueOf(pupils));
        coordinator.getByText("Codes tonen").click();
        assertThat(coordinator.locator("#codes ol.codes li")).hasCount(pupils);
    }

    @Test
    void staff_registers_an_incident_on_a_phone_sees_it_in_the_list_and_the_coordinators_dashboard_count_changes() {
        Page coordinator = UiStack.chromium().desktop();
        Chromium.login(coordinator, gateway(), "coordinator-12ab00");
        open(coordinator, "school/12AB00/dashboard");
        Locator total = coordinator.locator("#incidenten-totaal");
        total.waitFor();
        long before = Long.parseLong(total.textContent().replaceAll("\\D", ""));

        Page staff = UiStack.chromium().user(390, 844);
        Chromium.login(staff, gateway(), "staff-12ab00");
        assertThat(staff.locator("#nav")).not().containsText("Audittrail");
        staff.locator("#nav a", new Page.LocatorOptions().setHasText("Incident melden")).click();
        assertThat(staff.locator("h1")).hasText("Incident melden");
        Chromium.screenshot(staff, "incident-melden-telefoon");
        String description = "In de pauze werd een leerling bij het hek uitgescholden " + UUID.randomUUID();
        staff.getByLabel("Waar?").selectOption("PLAYGROUND");
        staff.getByLabel("Wat voor incident?").selectOption("BULLYING");
        staff.getByLabel("Hoe ernstig?").selectOption("MEDIUM");
        staff.getByLabel("Wat is er gebeurd?").fill(description);
        staff.getByText("Leerling toevoegen").click();
        staff.getByLabel("Leerlingnummer").fill("LL-4711");
        staff.getByLabel("Groep of klas").fill("7B");
        // The one screen fits the phone's width: nothing to scroll sideways, the button spans the screen.
        assertThat(staff.evaluate("document.documentElement.scrollWidth")).isEqualTo(390);
        Locator submit = staff.locator("#melden button[type=submit]");
        assertThat(submit.boundingBox().width).isGreaterThan(300);
        submit.click();
        assertThat(staff.locator(".success")).containsText("Het incident is gemeld");
        Chromium.screenshot(staff, "incident-gemeld-telefoon");
        staff.getByText("Naar de lijst").click();
        assertThat(staff.locator("#incidenten tbody tr").first()).containsText("pesten");
        Chromium.screenshot(staff, "incidenten-lijst-telefoon");
        staff.locator("#incidenten tbody tr").first().locator("a").click();
        assertThat(staff.locator(".text")).hasText(description);
        assertThat(staff.locator("body")).containsText("LL-4711");

        await().atMost(PROJECTED).until(() -> {
            coordinator.reload();
            total.waitFor();
            return Long.parseLong(total.textContent().replaceAll("\\D", "")) == before + 1;
        });
        Chromium.screenshot(coordinator, "school-dashboard");
        Chromium.done(staff);
        Chromium.done(coordinator);
    }

    @Test
    void a_coordinator_edits_a_plan_block_and_downloads_the_pdf_with_that_text() throws IOException {
        Page page = UiStack.chromium().desktop();
        Chromium.login(page, gateway(), "coordinator-12ab00");
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Veiligheidsplan")).click();
        Locator start = page.locator("#plan-starten");
        Locator blocks = page.locator("details.block");
        page.locator("#plan-starten, details.block").first().waitFor();
        if (start.isVisible()) start.click();
        blocks.first().waitFor();
        Locator visie = page.locator("details.block", new Page.LocatorOptions().setHasText("Visie"));
        visie.locator("summary").click();
        String text = "Op De Regenboog voelt iedereen zich veilig en gezien " + UUID.randomUUID().toString().substring(0, 8);
        visie.locator("textarea").first().fill(text);
        visie.locator("button[type=submit]").click();
        assertThat(visie.locator(".status")).containsText("Opgeslagen");
        Chromium.screenshot(page, "veiligheidsplan");

        Download download = page.waitForDownload(() -> page.locator("#pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.extract(pdf).replaceAll("\\s+", " ")).contains(text);

        page.reload(); // saved in the service, not only on the page
        page.locator("details.block", new Page.LocatorOptions().setHasText("Visie")).locator("summary").click();
        assertThat(page.locator("details.block", new Page.LocatorOptions().setHasText("Visie")).locator("textarea").first()).hasValue(text);
        Chromium.done(page);
    }

    @Test
    void a_board_admin_uploads_a_csv_with_a_bad_line_sees_the_line_fixes_it_and_sees_the_schools() {
        Page page = UiStack.chromium().desktop();
        Chromium.login(page, gateway(), "bestuur-noord");
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Beheer")).click();
        String csv = """
                brin,location,name,sector,municipality,pupils
                77UA,00,OBS De Vlinder,PO,Groningen,210
                77UB,00,CBS De Wegwijzer,XX,Assen,180
                77UC,00,Het Noorderlicht College,VO,Groningen,940
                """;
        page.locator("#inlezen input[type=file]").setInputFiles(new FilePayload("scholen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Locator content = page.locator("#inlezen textarea");
        assertThat(content).hasValue(csv);
        page.locator("#inlezen button[type=submit]").click();
        assertThat(page.locator("#fouten")).containsText("regel 3");
        assertThat(page.locator("#fouten")).containsText("sector");
        assertThat(page.locator("#scholen")).not().containsText("77UA00"); // nothing imported
        Chromium.screenshot(page, "beheer-csv-fout");

        content.fill(csv.replace(",XX,", ",PO,"));
        page.locator("#inlezen button[type=submit]").click();
        assertThat(page.locator("#voortgang")).containsText("Klaar", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        for (String school : List.of("77UA00", "77UB00", "77UC00")) assertThat(page.locator("#scholen")).containsText(school);
        assertThat(page.locator("#fouten")).isEmpty();
        Chromium.screenshot(page, "beheer-scholen");
        Chromium.done(page);
    }

    @Test
    void an_auditor_searches_the_trail_and_opens_a_records_history_while_staff_cannot_open_the_audit_pages() {
        Page auditor = UiStack.chromium().desktop();
        Chromium.login(auditor, gateway(), "auditor-noord");
        auditor.locator("#nav a", new Page.LocatorOptions().setHasText("Audittrail")).click();
        auditor.locator("#zoeken input[name=school]").fill("12AB00");
        auditor.locator("#zoeken button[type=submit]").click();
        await().atMost(PROJECTED).until(() -> {
            auditor.reload();
            auditor.locator("#trail, .empty").first().waitFor();
            return auditor.locator("#trail tbody tr").count() > 0;
        });
        assertThat(auditor.locator("#trail tbody tr").first()).containsText("12AB00");
        auditor.locator("#controleren").click();
        assertThat(auditor.locator("#controle")).containsText("De keten is intact");
        Chromium.screenshot(auditor, "audittrail");
        Locator record = auditor.locator("#trail a.record").first();
        String recordId = record.textContent();
        record.click();
        assertThat(auditor.locator("h1")).containsText(recordId);
        assertThat(auditor.locator("#historie li").first()).isVisible();
        Chromium.screenshot(auditor, "dossier-geschiedenis");
        Chromium.done(auditor);

        Page staff = UiStack.chromium().desktop();
        Chromium.login(staff, gateway(), "staff-12ab00");
        assertThat(staff.locator("#nav")).not().containsText("Audittrail");
        open(staff, "bestuur/41001/audit");
        assertThat(problem(staff, 403)).containsText("Dit mag je met je huidige rol niet");
        assertThat(staff.locator("#trail")).hasCount(0);
        Chromium.screenshot(staff, "audittrail-geen-toegang");
        open(staff, "bestuur/41001/historie/" + recordId);
        assertThat(problem(staff, 403)).isVisible();
        Chromium.done(staff);
    }

    @Test
    void a_user_of_board_a_finds_nothing_of_board_b_by_editing_urls() {
        Page other = UiStack.chromium().user(390, 844);
        Chromium.login(other, gateway(), "staff-13ba00");
        open(other, "school/13BA00/melden");
        String secret = "Geheim van De Brug " + UUID.randomUUID();
        other.getByLabel("Waar?").selectOption("CLASSROOM");
        other.getByLabel("Wat voor incident?").selectOption("DISCRIMINATION");
        other.getByLabel("Wat is er gebeurd?").fill(secret);
        other.locator("#melden button[type=submit]").click();
        String href = other.locator("#gemeld").getAttribute("href");
        String incident = href.substring(href.lastIndexOf('/') + 1);
        Chromium.done(other);

        Page page = UiStack.chromium().desktop();
        Chromium.login(page, gateway(), "bestuur-noord");
        for (String hash : List.of("school/13BA00/dashboard", "school/13BA00/incidenten", "school/13BA00/incidenten/" + incident,
                "school/13BA00/plan", "school/13BA00/monitor", "bestuur/41002/dashboard", "bestuur/41002/audit",
                "bestuur/41002/historie/" + incident, "bestuur/41002/beheer")) {
            open(page, hash);
            assertThat(problem(page, 404)).containsText("Niet gevonden"); // for every one of them, like a school that does not exist
            assertThat(page.locator("main")).not().containsText(secret);
            assertThat(page.locator("main")).not().containsText(Pattern.compile("discriminatie|De Brug"));
        }
        Chromium.screenshot(page, "ander-bestuur-niet-gevonden");
        // ... while the own board answers
        open(page, "bestuur/41001/dashboard");
        assertThat(page.locator("#scholen-vergelijken")).isVisible();
        Chromium.done(page);
    }

    @Test
    void a_pupil_answers_on_a_phone_with_a_code_from_the_coordinators_list_gets_no_cookie_and_the_code_works_once() {
        Page coordinator = UiStack.chromium().desktop();
        Chromium.login(coordinator, gateway(), "coordinator-12ac00");
        openRoundWithCodes(coordinator, "12AC00", "8B", 2);
        String code = coordinator.locator("#codes ol.codes li").first().textContent().strip();
        String round = coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1);

        Page pupil = UiStack.chromium().user(390, 844);
        pupil.navigate(gateway() + "vragenlijst");
        assertThat(pupil.locator("#kop-code")).hasText("Hoe veilig voel jij je op school?");
        Chromium.screenshot(pupil, "vragenlijst-code");
        // Typed as a child would: lower case, without the dashes, sent with Enter.
        pupil.getByLabel("Jouw code").fill(code.toLowerCase().replace("-", ""));
        pupil.getByLabel("Jouw code").press("Enter");
        Locator number = pupil.locator("#vraag-nummer");
        assertThat(number).containsText("Vraag 1 van ");
        int questions = Integer.parseInt(number.textContent().replaceAll(".* van (\\d+).*", "$1"));
        assertThat(questions).isGreaterThanOrEqualTo(20);
        // Keyboard only for the first question: the focus is on the first choice, Space picks it, Enter goes on.
        pupil.keyboard().press("Space");
        assertThat(pupil.locator("#keuzes input").first()).isChecked();
        Chromium.screenshot(pupil, "vragenlijst-vraag");
        pupil.keyboard().press("Enter");
        for (int i = 2; i <= questions; i++) {
            assertThat(number).containsText("Vraag " + i + " van " + questions);
            if (pupil.locator("#open-tekst").isVisible()) {
                pupil.locator("#open-tekst").fill("Het is meestal fijn in de klas.");
            } else {
                pupil.locator("#keuzes .keuze label").last().click();
            }
            pupil.locator("#volgende").click();
        }
        assertThat(pupil.locator("#samenvatting")).hasText("Je hebt " + questions + " van de " + questions
                + " vragen beantwoord.");
        pupil.locator("#versturen").click();
        assertThat(pupil.locator("#kop-bedankt")).isVisible();
        assertThat(pupil.locator("#bedankt-tekst")).containsText("ontvangen");
        Chromium.screenshot(pupil, "vragenlijst-bedankt");
        assertThat(pupil.context().cookies()).as("a pupil gets no cookie of any kind").isEmpty();
        assertThat(pupil.evaluate("localStorage.length + sessionStorage.length")).isEqualTo(0);

        // The next pupil on the same device starts empty; the used code is refused in plain Dutch.
        pupil.locator("#opnieuw").click();
        assertThat(pupil.getByLabel("Jouw code")).hasValue("");
        pupil.getByLabel("Jouw code").fill(code);
        pupil.locator("#beginnen").click();
        assertThat(pupil.locator("#code-fout")).containsText("al gebruikt");
        pupil.context().close();

        // The answer counts in the round's response rate (the coordinator's view through the gateway).
        await().atMost(PROJECTED).until(() -> ((Number) coordinator.evaluate(
                "async (p) => (await (await fetch(p)).json()).responseRates.school.responded",
                "/api/schools/12AC00/surveys/rounds/" + round)).intValue() == 1);
        coordinator.context().close();
    }

    @Test
    void every_page_of_each_role_shows_its_data_in_dutch_and_switches_to_english() {
        Page board = UiStack.chromium().desktop();
        Chromium.login(board, gateway(), "bestuur-noord");
        open(board, "bestuur/41001/dashboard");
        assertThat(board.locator("#scholen-vergelijken")).containsText("12AB00");
        board.locator("#scholen-vergelijken th a", new Page.LocatorOptions().setHasText("School")).click();
        assertThat(board.locator("#scholen-vergelijken th[aria-sort]")).containsText("School");
        Chromium.screenshot(board, "bestuur-dashboard");
        board.locator("#as-of input").fill("2026-01-01T12:00");
        board.locator("#as-of button").click();
        assertThat(board.locator(".notice")).containsText("Zo stond het er voor op");
        Chromium.screenshot(board, "bestuur-dashboard-op-datum");
        Chromium.done(board);

        Page coordinator = UiStack.chromium().desktop();
        Chromium.login(coordinator, gateway(), "coordinator-12ab00");
        openRoundWithCodes(coordinator, "12AB00", "7A", 3);
        Chromium.screenshot(coordinator, "monitor-codes");
        open(coordinator, "school/12AB00/monitor");
        assertThat(coordinator.locator("main table")).containsText("leerlingen basisonderwijs");
        Chromium.screenshot(coordinator, "monitor-rondes");
        open(coordinator, "scholing");
        assertThat(coordinator.locator("h1")).hasText("Scholing");
        assertThat(coordinator.locator("main")).containsText("Catalogus");
        Chromium.screenshot(coordinator, "scholing");
        open(coordinator, "school/12AB00/dashboard");
        coordinator.locator("#incidenten-totaal").waitFor();
        coordinator.locator("#taal").click();
        assertThat(coordinator.locator("#nav")).containsText("Report incident");
        assertThat(coordinator.locator("main")).containsText("Legal duties");
        Chromium.screenshot(coordinator, "school-dashboard-english");
        coordinator.reload(); // the choice is remembered
        assertThat(coordinator.locator("#nav")).containsText("Report incident");
        coordinator.locator("#taal").click();
        assertThat(coordinator.locator("#nav")).containsText("Incident melden");
        Chromium.done(coordinator);

        Page admin = UiStack.chromium().desktop();
        Chromium.login(admin, gateway(), "beheer");
        assertThat(admin.locator("#nav")).containsText("Platform");
        assertThat(admin.locator("#nav")).not().containsText("Incidenten");
        Chromium.screenshot(admin, "platform");
        Chromium.done(admin);

        Page anonymous = UiStack.chromium().desktop();
        anonymous.navigate(gateway().toString());
        assertThat(anonymous.locator("#inloggen")).isVisible();
        Chromium.screenshot(anonymous, "welkom");
        anonymous.context().close();
    }
}
