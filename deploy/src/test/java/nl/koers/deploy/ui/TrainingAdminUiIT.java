package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;
import static nl.koers.deploy.ui.UiLogin.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training administration in a real browser (issue 9): the board's required training and its schools' coverage,
 * the board's own offers with their sessions, participants and attendance, and a school's coverage, staff and records.
 * Each test makes its own course, city or requirement with fresh values on the shared {@link UiStack}, and asserts on
 * the page and on training-service's answer (a follow-up call with the page's session).
 */
@ExtendWith(UiStack.class)
class TrainingAdminUiIT {
    /** How long the page asks again for a recomputed coverage (training-board.js), and so how long a test waits. */
    private static final double COVERAGE_MS = 60_000;

    private static String fresh(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A day well in the future: sessions are planned ahead, and each test gets its own. */
    private static LocalDate someDay() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30 + ThreadLocalRandom.current().nextInt(300));
    }

    /** A form field by its exact label ("Plaats" is not "Aantal plaatsen"). */
    private static Locator field(Locator form, String label) {
        return form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Object json(Page page, String path) {
        return page.evaluate("async (p) => (await fetch(p)).json()", path);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Page page, String path) {
        return (List<Map<String, Object>>) json(page, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Page page, String path) {
        return (Map<String, Object>) json(page, path);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    /** Opens the board's training page and publishes an offer of the board's own; returns the course id. */
    private static String publishCourse(Page page, String title) {
        open(page, "bestuur/41001/scholing");
        Locator form = page.locator("#aanbod-maken");
        field(form, "Soort").selectOption("WORKSHOP");
        field(form, "Titel").fill(title);
        field(form, "Aanbieder").fill("Bestuursbureau Noord");
        field(form, "Uren").fill("2.5");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#scholing-status")).hasText("Aanbod opgeslagen: " + title + ". Plan er nu een bijeenkomst voor.");
        Locator row = page.locator("#eigen-aanbod tr", new Page.LocatorOptions().setHasText(title));
        assertThat(row).containsText("workshop");
        return row.getAttribute("data-course");
    }

    /** Fills the schedule form for the course with this title; the caller submits. */
    private static Locator fillSchedule(Page page, String title, LocalDate day, String city, String capacity) {
        Locator form = page.locator("#bijeenkomst-plannen");
        field(form, "Aanbod").selectOption(new SelectOption().setLabel(title + " (workshop)"));
        field(form, "Datum").fill(day.toString());
        field(form, "Begintijd").fill("14:00");
        field(form, "Eindtijd").fill("16:30");
        field(form, "Plaats").fill(city);
        field(form, "Aantal plaatsen").fill(capacity);
        return form;
    }

    @Test
    void a_board_admin_requires_a_kind_of_training_for_a_role_sees_the_gap_in_the_schools_coverage_and_removes_it() {
        Page page = login("bestuur-noord");
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Scholing bestuur")).click();
        assertThat(page.locator("h1")).hasText("Scholing van het bestuur");
        int years = 1 + ThreadLocalRandom.current().nextInt(10);
        Locator form = page.locator("#eis-instellen");
        field(form, "Rol").selectOption("confidential-adviser");
        field(form, "Soort scholing").selectOption("MASTERCLASS");
        field(form, "Elke hoeveel jaar (1–10)").fill(String.valueOf(years));
        form.locator("button[type=submit]").click();
        Locator requirement = page.locator("#eisen tr[data-role=confidential-adviser][data-kind=MASTERCLASS]");
        assertThat(requirement).containsText(years + " jaar");
        Locator gap = page.locator("#dekking tr[data-school='12AB00'][data-role=confidential-adviser] td.bad");
        // The coverage follows asynchronously (the page asks again for up to a minute): the same deadline here.
        assertThat(gap).containsText("masterclass binnen " + years + " jaar",
                new LocatorAssertions.ContainsTextOptions().setTimeout(COVERAGE_MS));
        Chromium.screenshot(page, "scholing-bestuur-eisen-dekking");
        assertThat(list(page, "/api/boards/41001/training/requirements")).anyMatch(r -> "confidential-adviser".equals(r.get("role"))
                && "MASTERCLASS".equals(r.get("kind")) && ((Number) r.get("withinYears")).intValue() == years);
        assertThat(gapsOf(page, "12AB00", "CONFIDENTIAL_ADVISER")).anyMatch(g -> "MASTERCLASS".equals(g.get("kind"))
                && ((Number) g.get("withinYears")).intValue() == years);

        requirement.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Eis masterclass voor vertrouwenspersoon weghalen")).click();
        assertThat(requirement).hasCount(0);
        // The coverage follows asynchronously; the page shows it once training-service recomputed it.
        assertThat(page.locator("#bestuursdekking")).not().hasAttribute("aria-busy", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(COVERAGE_MS));
        assertThat(page.locator("#dekking tr[data-school='12AB00'][data-role=confidential-adviser]",
                new Page.LocatorOptions().setHasText("masterclass"))).hasCount(0);
        assertThat(list(page, "/api/boards/41001/training/requirements"))
                .noneMatch(r -> "confidential-adviser".equals(r.get("role")) && "MASTERCLASS".equals(r.get("kind")));
        assertThat(gapsOf(page, "12AB00", "CONFIDENTIAL_ADVISER")).noneMatch(g -> "MASTERCLASS".equals(g.get("kind")));
        Chromium.done(page);
    }

    /** The gaps of one role at one school in the board's coverage as training-service answers it now. */
    private static List<Map<String, Object>> gapsOf(Page page, String school, String role) {
        return list(page, "/api/boards/41001/training/coverage").stream().filter(c -> school.equals(c.get("schoolId")))
                .flatMap(c -> list(c, "roles").stream()).filter(r -> role.equals(r.get("role")))
                .flatMap(r -> list(r, "gaps").stream()).toList();
    }

    @Test
    void a_board_admin_schedules_and_reschedules_a_session_a_staff_member_enrols_and_the_board_sees_the_participant() {
        Page board = login("bestuur-noord");
        String title = fresh("Omgaan met online pesten");
        String courseId = publishCourse(board, title);
        String city = fresh("Zwolle");
        LocalDate day = someDay();
        fillSchedule(board, title, day, city, "12").locator("button[type=submit]").click();
        assertThat(board.locator("#scholing-status")).hasText("Gepland.");
        Locator session = board.locator("#bijeenkomsten article", new Page.LocatorOptions().setHasText(city));
        assertThat(session).containsText(title);
        assertThat(session).containsText("0 van 12 plaatsen bezet");
        String sessionId = session.getAttribute("data-session");
        // Attendance after the day goes through the past sessions; a session ahead is not among them.
        assertThat(board.locator("main h2", new Page.LocatorOptions().setHasText("Afgelopen bijeenkomsten"))).isVisible();
        assertThat(board.locator("#afgelopen-bijeenkomsten [data-session='" + sessionId + "']")).hasCount(0);
        Chromium.screenshot(board, "scholing-bestuur-bijeenkomst-gepland");

        session.locator("summary", new Locator.LocatorOptions().setHasText("Verplaatsen")).click();
        Locator move = session.locator("form[id^=verplaatsen-]");
        assertThat(field(move, "Plaats")).hasValue(city);
        LocalDate moved = day.plusDays(1);
        field(move, "Datum").fill(moved.toString());
        field(move, "Begintijd").fill("15:00");
        field(move, "Eindtijd").fill("17:00");
        move.locator("button[type=submit]").click();
        assertThat(board.locator("#scholing-status")).hasText("Verplaatst: iedereen blijft ingeschreven en krijgt bericht.");
        assertThat(session.locator("h3")).containsText("15:00–17:00");
        Map<String, Object> planned = map(board, "/api/training/sessions/" + sessionId);
        assertThat(planned).containsEntry("courseId", courseId).containsEntry("boardId", "41001").containsEntry("city", city)
                .containsEntry("date", moved.toString());
        assertThat(((Number) planned.get("capacity")).intValue()).isEqualTo(12);
        assertThat(String.valueOf(planned.get("start"))).startsWith("15:00");

        Page staff = login("staff-12ab00");
        open(staff, "scholing");
        Locator offered = staff.locator("main tr", new Page.LocatorOptions().setHasText(city));
        assertThat(offered).containsText(title);
        offered.locator("button", new Locator.LocatorOptions().setHasText("Inschrijven")).click();
        assertThat(offered).containsText("ingeschreven");
        Map<String, Object> record = map(staff, "/api/training/me/record");
        String participant = (String) record.get("participant");
        assertThat(list(record, "sessions")).anyMatch(s -> sessionId.equals(s.get("sessionId")) && "ENROLLED".equals(s.get("status")));
        Chromium.done(staff);

        board.reload();
        assertThat(session).containsText("1 van 12 plaatsen bezet");
        session.locator("summary", new Locator.LocatorOptions().setHasText("Deelnemers")).click();
        Locator person = session.locator("tr[data-participant='" + participant + "']");
        assertThat(person).containsText("Eva Smit");
        assertThat(person).containsText("12AB00");
        assertThat(person).containsText("medewerker");
        assertThat(person).containsText("ingeschreven");
        assertThat(person).containsText("nog niet vastgelegd");
        Chromium.screenshot(board, "scholing-bestuur-deelnemers");
        assertThat(list(board, "/api/boards/41001/training/sessions/" + sessionId + "/participants")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("participant", participant).containsEntry("name", "Eva Smit")
                        .containsEntry("schoolId", "12AB00").containsEntry("status", "ENROLLED"));

        // Attendance is for a session that has started: the service refuses it now, and the page says why.
        person.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Eva Smit was aanwezig")).click();
        assertThat(session.locator(".deelnemers .problem[data-status='422']")).containsText("once the session has started");
        assertThat(list(board, "/api/boards/41001/training/sessions/" + sessionId + "/participants").getFirst().get("attended"))
                .isNull();

        String reason = fresh("De trainer is ziek");
        session.locator("summary", new Locator.LocatorOptions().setHasText("Annuleren")).click();
        field(session, "Reden (voor de ingeschrevenen)").fill(reason);
        session.locator("button", new Locator.LocatorOptions().setHasText("Bijeenkomst annuleren")).click();
        assertThat(board.locator("#scholing-status")).hasText("Geannuleerd: " + title + ". De ingeschrevenen krijgen bericht.");
        assertThat(session).hasCount(0);
        assertThat(map(board, "/api/training/sessions/" + sessionId)).containsEntry("cancelled", true).containsEntry("cancelReason", reason);
        Chromium.done(board);
    }

    @Test
    void a_session_with_no_places_or_ending_before_it_starts_shows_the_problem_at_the_field_and_nothing_is_scheduled() {
        Page page = login("bestuur-noord");
        String title = fresh("Herstelgericht werken");
        String courseId = publishCourse(page, title);
        String city = fresh("Meppel");
        Locator form = fillSchedule(page, title, someDay(), city, "0");
        form.locator("button[type=submit]").click();
        assertThat(problem(page, 400)).containsText("veld capacity");
        assertThat(problem(page, 400)).containsText("er is niets veranderd");
        assertThat(field(form, "Aantal plaatsen")).hasAttribute("aria-invalid", "true");
        Chromium.screenshot(page, "scholing-bestuur-bijeenkomst-fout");

        field(form, "Aantal plaatsen").fill("8");
        field(form, "Eindtijd").fill("13:00");
        form.locator("button[type=submit]").click();
        assertThat(problem(page, 400)).containsText("veld end");
        assertThat(field(form, "Eindtijd")).hasAttribute("aria-invalid", "true");
        assertThat(field(form, "Aantal plaatsen")).not().hasAttribute("aria-invalid", "true");

        page.reload();
        assertThat(page.locator("#eigen-aanbod")).containsText(title);
        assertThat(page.locator("main")).not().containsText(city);
        assertThat(list(page, "/api/training/courses/" + courseId + "/sessions")).isEmpty();
        assertThat(list(page, "/api/training/sessions")).noneMatch(s -> city.equals(s.get("city")));
        Chromium.done(page);
    }

    @Test
    void a_coordinator_sees_the_schools_coverage_and_staff_while_staff_are_refused_the_administration_pages() {
        Page staff = login("staff-12ab00");
        open(staff, "scholing"); // training-service learns who is staff where from their own calls (ADR 0040)
        assertThat(staff.locator("h1")).hasText("Scholing");
        String staffId = (String) map(staff, "/api/training/me/record").get("participant");
        assertThat(staff.locator("#nav")).not().containsText("Scholing school");
        assertThat(staff.locator("#nav")).not().containsText("Scholing bestuur");
        open(staff, "school/12AB00/scholing");
        assertThat(problem(staff, 403)).containsText("Dit mag je met je huidige rol niet zien of doen");
        assertThat(UiStack.status(staff, "/api/schools/12AB00/training/staff")).isEqualTo(403);
        open(staff, "scholing"); // away first, so that the refusal below is the board page's own
        assertThat(staff.locator("h1")).hasText("Scholing");
        open(staff, "bestuur/41001/scholing");
        assertThat(problem(staff, 403)).containsText("Dit mag je met je huidige rol niet zien of doen");
        assertThat(UiStack.status(staff, "/api/boards/41001/training/coverage")).isEqualTo(403);
        Chromium.screenshot(staff, "scholing-bestuur-geweigerd");
        Chromium.done(staff);

        Page coordinator = login("coordinator-12ab00");
        coordinator.locator("#nav a", new Page.LocatorOptions().setHasText("Scholing school")).click();
        assertThat(coordinator.locator("h1")).hasText("Scholing van school 12AB00");
        assertThat(coordinator.locator("main h2").first()).hasText("Dekking");
        Locator member = coordinator.locator("#medewerkers tr[data-user='" + staffId + "']");
        assertThat(member).containsText("medewerker");
        member.locator("button").click();
        assertThat(coordinator.locator("#dossier h3")).containsText("Scholing van");
        assertThat(coordinator.locator("#dossier")).containsText("uur gevolgd");
        assertThat(coordinator.locator("#dossier")).not().containsText("null");
        Chromium.screenshot(coordinator, "scholing-school");
        assertThat(list(coordinator, "/api/schools/12AB00/training/staff")).anyMatch(p -> staffId.equals(p.get("userId")));
        assertThat(map(coordinator, "/api/schools/12AB00/training/coverage")).containsEntry("schoolId", "12AB00");
        assertThat(map(coordinator, "/api/schools/12AB00/training/people/" + staffId + "/record")).containsEntry("participant", staffId);
        Chromium.done(coordinator);

        Page auditor = login("auditor-noord");
        open(auditor, "bestuur/41001/scholing");
        assertThat(auditor.locator("h1")).hasText("Scholing van het bestuur");
        assertThat(auditor.locator("main")).containsText("Dekking per school");
        assertThat(auditor.locator("#eis-instellen, #bijeenkomst-plannen, #aanbod-maken")).hasCount(0);
        Chromium.screenshot(auditor, "scholing-bestuur-auditor");
        auditor.locator("#taal").click();
        assertThat(auditor.locator("h1")).hasText("The board's training");
        assertThat(auditor.locator("main")).containsText("Coverage per school");
        auditor.locator("#taal").click();
        assertThat(auditor.locator("h1")).hasText("Scholing van het bestuur");
        Chromium.done(auditor);
    }
}
