package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The safety plan beyond its blocks in a real browser (issue 9): who works on it, the agreements with partners, the
 * archive, the yearly evaluation and the plan's history, the duty details and learning needs; and the board preparing
 * texts for its schools' plans. Each test writes fresh values into the current plan of a school on the shared
 * {@link UiStack} and asserts on those, on the page and in plan-service (a follow-up call with the page's session).
 */
@ExtendWith(UiStack.class)
class PlanUiIT {
    /** Who did it (a user id) and when (a time of day) as the timeline shows them. */
    private static final Pattern WHO = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final Pattern WHEN = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}-\\d{4}");

    private static String fresh(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    /** Opens the school's plan of this school year, starting it if nobody has yet; returns the school year. */
    private static String openPlan(Page page, String school) {
        open(page, "school/" + school + "/plan");
        page.locator("#plan-starten, details.block").first().waitFor();
        if (page.locator("#plan-starten").isVisible()) page.locator("#plan-starten").click();
        page.locator("details.block").first().waitFor();
        Matcher year = YEAR.matcher(page.locator("h1").textContent());
        assertThat(year.find()).isTrue();
        return year.group();
    }

    /** The plan as plan-service answers it now (through the gateway, with the page's session). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(Page page, String school, String year) {
        return (Map<String, Object>) page.evaluate("async (p) => (await fetch(p)).json()",
                "/api/schools/" + school + "/plans/year/" + year);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Page page, String school, Map<String, Object> plan) {
        return (List<Map<String, Object>>) page.evaluate("async (p) => (await fetch(p)).json()",
                "/api/schools/" + school + "/plans/" + plan.get("planId") + "/history");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> map, String key) {
        return (List<String>) map.get(key);
    }

    /** Unfolds the edit form with this id (its summary) and answers the form. */
    private static Locator unfold(Page page, String formId) {
        Locator form = page.locator("#" + formId);
        form.locator("xpath=../summary").click();
        return form;
    }

    @Test
    void a_coordinator_chooses_the_plans_coordinator_and_contributors_and_sees_them_after_a_reload() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String coordinator = fresh("ib-er").replace(' ', '-');
        List<String> contributors = List.of(fresh("leerkracht").replace(' ', '-'), fresh("gedragsspecialist").replace(' ', '-'));
        Locator form = unfold(page, "coordinator-kiezen");
        form.getByLabel("Coördinator (gebruikers-id)").fill(coordinator);
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#plan-coordinator")).hasText(coordinator);
        form = unfold(page, "meewerkenden-kiezen");
        form.getByLabel("Meewerkenden (één gebruikers-id per regel)").fill(String.join("\n", contributors));
        form.locator("button[type=submit]").click();
        for (String c : contributors) assertThat(page.locator("#plan-meewerkenden")).containsText(c);
        assertThat(page.locator("#plan-geschiedenis li[data-event=PlanCoordinatorAssigned]").first()).containsText(coordinator);
        Chromium.screenshot(page, "plan-team");

        page.reload();
        assertThat(page.locator("#plan-coordinator")).hasText(coordinator);
        Map<String, Object> plan = plan(page, "12AB00", year);
        assertThat(plan.get("coordinator")).isEqualTo(coordinator);
        assertThat(strings(plan, "contributors")).containsExactlyInAnyOrderElementsOf(contributors);
        Chromium.done(page);
    }

    @Test
    void a_coordinator_makes_the_agreements_with_partners_at_the_start_of_the_year_and_ends_them_with_a_review() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String agreed = fresh("Wijkagent en jongerenwerk zijn aan zet bij overlast");
        Locator start = unfold(page, "startafspraak-vastleggen");
        assertThat(start.getByLabel("Datum van de afspraak")).hasValue(today());
        start.locator("textarea[data-theme='1']").fill(agreed);
        start.locator("button[type=submit]").click();
        assertThat(page.locator("#startafspraak li[data-theme='1']")).containsText(agreed);
        assertThat(page.locator("#partner-afspraken-stand")).hasText("Stand: lopend");
        Chromium.screenshot(page, "plan-partnerafspraken-lopend");

        String reviewed = fresh("De afspraken over overlast werkten");
        Locator end = unfold(page, "eindevaluatie-vastleggen");
        end.locator("textarea[data-theme='1']").fill(reviewed);
        end.locator("button[type=submit]").click();
        assertThat(page.locator("#eindevaluatie li[data-theme='1']")).containsText(reviewed);
        assertThat(page.locator("#partner-afspraken-stand")).hasText("Stand: afgerond");

        page.reload();
        assertThat(page.locator("#partner-afspraken-stand")).hasText("Stand: afgerond");
        Map<String, Object> plan = plan(page, "12AB00", year);
        @SuppressWarnings("unchecked") Map<String, Object> startAgreement = (Map<String, Object>) plan.get("startOfYearAgreement");
        @SuppressWarnings("unchecked") Map<String, Object> endReview = (Map<String, Object>) plan.get("endOfYearReview");
        assertThat(startAgreement.get("date")).isEqualTo(today());
        assertThat(list(startAgreement, "themes").getFirst()).containsEntry("note", agreed);
        assertThat(list(endReview, "themes").getFirst()).containsEntry("note", reviewed);
        Chromium.done(page);
    }

    @Test
    void a_coordinator_archives_a_document_under_its_building_block_and_removes_it_again() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String title = fresh("Protocol sociale media");
        Locator form = unfold(page, "document-toevoegen");
        form.getByLabel("Titel", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        form.getByLabel("Bouwsteen").selectOption("PREVENTIE");
        form.getByLabel("Soort document").selectOption("POLICY");
        form.getByLabel("Waar ligt het?").fill("Teams > Beleid");
        form.locator("button[type=submit]").click();
        Locator listed = page.locator("#archief [data-block=PREVENTIE] li", new Page.LocatorOptions().setHasText(title));
        assertThat(listed).containsText("beleid");
        assertThat(listed).containsText("Teams > Beleid");
        Chromium.screenshot(page, "plan-archief");
        assertThat(list(plan(page, "12AB00", year), "documents").stream()
                .filter(d -> title.equals(d.get("title"))).map(d -> d.get("block"))).containsExactly("PREVENTIE");

        listed.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(title + " uit het archief halen")).click();
        assertThat(page.locator("#plan-geschiedenis li[data-event=DocumentRemoved]").first()).containsText(title);
        assertThat(page.locator("main")).containsText("Geschiedenis van het plan");
        assertThat(page.locator("#archief li", new Page.LocatorOptions().setHasText(title))).hasCount(0);
        page.reload();
        page.locator("details.block").first().waitFor();
        assertThat(page.locator("li[data-document]", new Page.LocatorOptions().setHasText(title))).hasCount(0);
        assertThat(list(plan(page, "12AB00", year), "documents")).noneMatch(d -> title.equals(d.get("title")));
        Chromium.done(page);
    }

    @Test
    void a_coordinator_records_the_yearly_evaluation_and_sees_it_in_the_plans_history_with_who_and_when() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String worked = fresh("De Gouden Weken gaven rust in de groepen");
        String carry = fresh("Online pesten blijft een speerpunt");
        Locator form = unfold(page, "evalueren");
        form.getByLabel("Geëvalueerd op").fill(today());
        form.getByLabel("Wat werkte?").fill(worked);
        form.getByLabel("Wat gaat mee naar volgend jaar?").fill(carry);
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#evaluatie")).containsText(worked);
        assertThat(page.locator("#evaluatie")).containsText(carry);
        Locator entry = page.locator("#plan-geschiedenis li[data-event=PlanEvaluated]").first();
        assertThat(entry).containsText("plan geëvalueerd");
        assertThat(entry).containsText(worked);
        assertThat(entry.locator(".who")).containsText(WHO);
        assertThat(entry.locator(".when")).containsText(WHEN);
        Chromium.screenshot(page, "plan-evaluatie-geschiedenis");

        page.reload();
        assertThat(page.locator("#evaluatie")).containsText(worked);
        Map<String, Object> plan = plan(page, "12AB00", year);
        @SuppressWarnings("unchecked") Map<String, Object> evaluation = (Map<String, Object>) plan.get("evaluation");
        assertThat(evaluation).containsEntry("evaluatedOn", today()).containsEntry("whatWorked", worked).containsEntry("carryOver", carry);
        assertThat(history(page, "12AB00", plan)).anyMatch(e -> String.valueOf(e.get("type")).contains("PlanEvaluated")
                && String.valueOf(e.get("event")).contains(worked));
        Chromium.done(page);
    }

    @Test
    void an_evaluation_without_a_date_shows_the_problem_at_the_date_and_changes_nothing() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String worked = fresh("Dit mag niet worden opgeslagen");
        Locator form = unfold(page, "evalueren");
        form.getByLabel("Geëvalueerd op").fill("");
        form.getByLabel("Wat werkte?").fill(worked);
        form.locator("button[type=submit]").click();
        assertThat(form.locator(".problem")).containsText("evaluatedOn");
        assertThat(form.locator(".problem")).containsText("er is niets veranderd");
        assertThat(form.getByLabel("Geëvalueerd op")).hasAttribute("aria-invalid", "true");
        assertThat(form.locator(".field-problem")).isVisible();
        Chromium.screenshot(page, "plan-evaluatie-zonder-datum");

        page.reload();
        page.locator("details.block").first().waitFor();
        assertThat(page.locator("main")).not().containsText(worked);
        Map<String, Object> plan = plan(page, "12AB00", year);
        assertThat(String.valueOf(plan.get("evaluation"))).doesNotContain(worked);
        assertThat(history(page, "12AB00", plan)).noneMatch(e -> String.valueOf(e.get("event")).contains(worked));
        Chromium.done(page);
    }

    @Test
    void a_coordinator_records_the_anti_bullying_coordinator_and_the_teams_learning_needs() {
        Page page = login("coordinator-12ab00");
        String year = openPlan(page, "12AB00");
        String name = fresh("Marieke de Vries");
        Locator form = unfold(page, "plichtgegevens-vastleggen");
        form.getByLabel("Anti-pestcoördinator (naam)").fill(name);
        form.getByLabel("Contact van de anti-pestcoördinator").fill("m.devries@school.example");
        form.getByLabel("Soort vertrouwenspersoon").selectOption("EXTERNAL");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#plichtgegevens [data-duty-detail=antiBullyingCoordinatorName]")).hasText(name);
        assertThat(page.locator("#plichtgegevens [data-duty-detail=confidentialAdviserKind]")).hasText("extern");

        String need = fresh("Training signaleren van online pesten");
        form = unfold(page, "scholingsbehoeften-vastleggen");
        form.getByLabel("Scholingsbehoeften (één per regel)").fill(need + "\nOmgaan met agressie van ouders");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#scholingsbehoeften li")).containsText(new String[] {need, "Omgaan met agressie van ouders"});
        Chromium.screenshot(page, "plan-plichtgegevens-scholing");

        page.reload();
        assertThat(page.locator("#plichtgegevens [data-duty-detail=antiBullyingCoordinatorName]")).hasText(name);
        Map<String, Object> plan = plan(page, "12AB00", year);
        @SuppressWarnings("unchecked") Map<String, Object> details = (Map<String, Object>) plan.get("dutyDetails");
        assertThat(details).containsEntry("antiBullyingCoordinatorName", name).containsEntry("confidentialAdviserKind", "EXTERNAL");
        assertThat(strings(plan, "learningNeeds")).containsExactly(need, "Omgaan met agressie van ouders");
        Chromium.done(page);
    }

    @Test
    void a_board_admin_prepares_a_preset_revises_it_applies_it_to_one_school_and_that_schools_plan_shows_its_topic() {
        Page page = login("bestuur-noord");
        page.locator("#nav a", new Page.LocatorOptions().setHasText("Plan klaarzetten")).click();
        assertThat(page.locator("h1")).hasText("Veiligheidsplan klaarzetten");
        String title = fresh("Bestuursafspraken");
        String topic = fresh("Bestuursloket");
        String text = fresh("Meldingen kunnen ook bij het bestuursloket.");
        Locator form = page.locator("#voorzet-opslaan");
        form.getByLabel("Titel van de voorzet").fill(title);
        Locator row = page.locator("#voorzet-onderwerpen .preset-topic").first();
        row.getByLabel("Bouwsteen").selectOption("VOORWAARDEN");
        row.getByLabel("Tekst van het bestuur").fill(text);
        form.locator("button[type=submit]").click(); // without the topic's title
        assertThat(form.locator(".problem")).containsText("topics[0].title");
        assertThat(row.getByLabel("Onderwerp", new Locator.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("main")).not().containsText("Voorzet bewerken");
        Chromium.screenshot(page, "voorzet-fout");

        row.getByLabel("Onderwerp", new Locator.GetByLabelOptions().setExact(true)).fill(topic);
        form.getByLabel("Afspraken van het bestuur (één per regel)").fill("Eén klachtenregeling voor alle scholen");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("main h2").nth(1)).hasText("Voorzet bewerken: " + title + " (versie 1)");
        assertThat(page.locator("#voorzetten tr", new Page.LocatorOptions().setHasText(title))).containsText("1");
        String agreement = fresh("Elke school doet de Gouden Weken");
        page.getByLabel("Afspraken van het bestuur (één per regel)").fill("Eén klachtenregeling voor alle scholen\n" + agreement);
        page.locator("#voorzet-opslaan button[type=submit]").click();
        assertThat(page.locator("#voorzet-status")).hasText("Opgeslagen: versie 2.");
        assertThat(page.locator("main h2").nth(1)).hasText("Voorzet bewerken: " + title + " (versie 2)");

        page.locator("#voorzet-toepassen input[name=schools][value='12AC00']").check();
        page.locator("#voorzet-toepassen button[type=submit]").click();
        Locator result = page.locator("#toepassing-uitkomst tr[data-school='12AC00']");
        assertThat(result).containsText("1 onderwerp(en)");
        assertThat(page.locator("#toepassing-uitkomst tr[data-school]")).hasCount(1);
        assertThat(page.locator("#toepassing-uitkomst")).containsText("Versie 2 is toegepast op 1 school/scholen");
        Chromium.screenshot(page, "voorzet-toegepast");

        result.locator("a").click();
        Locator block = page.locator("details.block", new Page.LocatorOptions().setHasText("Voorwaarden"));
        block.locator("summary").click();
        Locator shown = block.locator(".topic", new Locator.LocatorOptions().setHasText(topic));
        assertThat(shown.locator("h4")).containsText("door het bestuur");
        assertThat(shown.locator("textarea")).hasValue(text);
        assertThat(page.locator("#van-het-bestuur")).containsText(agreement);
        Chromium.screenshot(page, "plan-met-voorzet");

        String year = YEAR.matcher(page.locator("h1").textContent()).results().findFirst().orElseThrow().group();
        Map<String, Object> plan = plan(page, "12AC00", year);
        assertThat(list(plan, "blocks").stream().filter(b -> "VOORWAARDEN".equals(b.get("block")))
                .flatMap(b -> list(b, "items").stream()).filter(x -> topic.equals(x.get("title"))))
                .singleElement().satisfies(x -> assertThat(x).containsEntry("text", text).containsEntry("byBoard", true));
        assertThat(String.valueOf(page.evaluate("async (p) => (await fetch(p)).text()", "/api/schools/12AB00/plans/year/" + year)))
                .doesNotContain(topic);
        Chromium.done(page);
    }
}
