package nl.koers.deploy.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.koers.deploy.ui.UiLogin.login;
import static nl.koers.deploy.ui.UiLogin.open;
import static nl.koers.deploy.ui.UiLogin.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly monitor beyond the codes in a real browser (issue 9): the response rate while a round runs, the Inspectie
 * delivery of a closed round (consent, the summary as it will be sent with suppression shown as such, the delivered
 * file and its fingerprint, the 1 July deadline) and the board's response rates per school. Every test opens a round
 * of its own on the shared {@link UiStack}, so the tests do not depend on each other or on the order they run in.
 */
@ExtendWith(UiStack.class)
class MonitorUiIT {
    /**
     * The coordinator opens a round in the UI and issues codes for one class of {@code pupils}; {@code answering} of
     * them answer every closed question (the first choice) through the public API, as the questionnaire page does
     * (no cookie). Answers the round id; the coordinator's page stays on the round.
     */
    @SuppressWarnings("unchecked")
    private static String roundAnsweredBy(Page coordinator, String school, int pupils, int answering) {
        return roundAnsweredBy(coordinator, school, pupils, answering, null);
    }

    /** As above; the first pupil also writes {@code openText} into every open question. */
    private static String roundAnsweredBy(Page coordinator, String school, int pupils, int answering, String openText) {
        open(coordinator, "school/" + school + "/monitor");
        coordinator.locator("#ronde-openen button[type=submit]").click();
        assertThat(coordinator.locator("h1")).containsText("Ronde");
        String classLabel = "M" + UUID.randomUUID().toString().substring(0, 4);
        coordinator.getByLabel("Klas").fill(classLabel);
        coordinator.getByLabel("Aantal leerlingen").fill(String.valueOf(pupils));
        coordinator.getByText("Codes tonen").click();
        Locator codes = coordinator.locator("#codes ol.codes li");
        assertThat(codes).hasCount(pupils);
        List<String> all = codes.allTextContents().stream().map(String::strip).toList();
        String round = coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1);
        for (String code : all.subList(0, answering)) {
            String text = code.equals(all.getFirst()) ? openText : null;
            Object status = coordinator.evaluate("""
                    async ([code, text]) => {
                      const base = '/api/public/surveys/' + encodeURIComponent(code);
                      const sheet = await (await fetch(base + '/questions', { credentials: 'omit' })).json();
                      const answers = {};
                      for (const q of sheet.questions) {
                        if (q.options && q.options.length) answers[q.id] = q.options[0].value;
                        else if (text) answers[q.id] = text;
                      }
                      const sent = await fetch(base + '/answers', { method: 'POST', credentials: 'omit',
                        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers }) });
                      return sent.status;
                    }""", List.of(code, text == null ? "" : text));
            assertThat(((Number) status).intValue()).as("answer with code " + code).isBetween(200, 201);
        }
        return round;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> round(Page page, String school, String round) {
        return (Map<String, Object>) page.evaluate("async (p) => (await fetch(p)).json()",
                "/api/schools/" + school + "/surveys/rounds/" + round);
    }

    private static void closeRound(Page coordinator) {
        coordinator.getByText("Ronde nu sluiten").click();
        assertThat(coordinator.locator("#inspectie-samenvatting")).isVisible();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_coordinator_delivers_a_closed_round_to_the_inspectie_with_consent_and_keeps_the_file_and_its_fingerprint()
            throws IOException {
        Page coordinator = login("coordinator-12ab00");
        String round = roundAnsweredBy(coordinator, "12AB00", 12, 11);
        coordinator.reload(); // the round's page again, now with the answers counted
        assertThat(coordinator.locator("#respons-school")).containsText("11 van 12 leerlingen");

        closeRound(coordinator);
        Locator summary = coordinator.locator("#inspectie-samenvatting");
        assertThat(summary.locator("tr", new Locator.LocatorOptions().setHasText("veiligheidsbeleving"))).containsText("11");
        assertThat(summary).not().containsText("onderdrukt");
        assertThat(coordinator.locator("#termijn")).containsText("1 jul");
        assertThat(coordinator.locator("#aanleveren")).hasCount(0); // no delivery before the school's consent
        coordinator.locator("#toestemming").click();

        coordinator.locator("#aanleveren").click();
        Locator fingerprint = coordinator.locator("#vingerafdruk");
        assertThat(fingerprint).hasText(Pattern.compile("^[0-9a-f]{64}$"));
        Download download = coordinator.waitForDownload(() -> coordinator.locator("#aangeleverd-bestand").click());
        byte[] file = Files.readAllBytes(download.path());
        assertThat(sha256(file)).as("the file offered is the one delivered").isEqualTo(fingerprint.textContent());
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("PERCEIVED_SAFETY").doesNotContain("groep");
        assertThat(round(coordinator, "12AB00", round)).containsEntry("summarySha256", fingerprint.textContent());
        Chromium.screenshot(coordinator, "monitor-aanlevering");

        // Later: what was sent and when, the same fingerprint, and no second delivery offered.
        String delivered = fingerprint.textContent();
        coordinator.reload();
        assertThat(coordinator.locator("#aangeleverd")).containsText("Aangeleverd op");
        assertThat(coordinator.locator("#vingerafdruk")).hasText(delivered);
        assertThat(coordinator.locator("#vergelijking")).containsText("precies het bestand dat is aangeleverd");
        assertThat(coordinator.locator("#aanleveren")).hasCount(0);
        assertThat(coordinator.locator("#termijn")).containsText("aangeleverd");
        Chromium.done(coordinator);
    }

    @Test
    void a_round_with_too_few_answers_is_summarised_for_the_inspectie_as_suppressed_without_numbers() {
        Page coordinator = login("coordinator-12ac00");
        String round = roundAnsweredBy(coordinator, "12AC00", 5, 3);
        coordinator.reload();
        closeRound(coordinator);
        Locator summary = coordinator.locator("#inspectie-samenvatting");
        Locator safety = summary.locator("tr", new Locator.LocatorOptions().setHasText("veiligheidsbeleving"));
        assertThat(safety).containsText("onderdrukt: minder dan 10 antwoorden");
        assertThat(safety).not().containsText("3");
        assertThat(coordinator.locator(".suppressed").first()).isVisible();
        assertThat(coordinator.locator("section", new Page.LocatorOptions().setHasText("Uitslagen")).first())
                .containsText("te weinig antwoorden");
        Chromium.screenshot(coordinator, "monitor-onderdrukt");
        Chromium.done(coordinator);
    }

    @Test
    void an_open_answer_that_names_someone_is_erased_by_the_coordinator_and_is_unreadable_afterwards() {
        Page coordinator = login("coordinator-12ab00");
        String secret = "Pim uit groep 7 " + UUID.randomUUID().toString().substring(0, 8);
        String round = roundAnsweredBy(coordinator, "12AB00", 10, 10, secret);
        coordinator.reload();
        closeRound(coordinator);
        Locator answer = coordinator.locator("ul.open-answers li", new Page.LocatorOptions().setHasText(secret));
        assertThat(answer.first()).isVisible();
        answer.first().getByText("Wissen…").click();
        Chromium.screenshot(coordinator, "monitor-open-antwoord-wissen");
        coordinator.getByText("Ja, voorgoed wissen").click();
        // All open texts of that pupil's response share one key: erased together, in the service too.
        assertThat(coordinator.locator("ul.open-answers li", new Page.LocatorOptions().setHasText(secret)))
                .hasCount(0);
        assertThat(coordinator.locator("main")).not().containsText(secret);
        Object text = coordinator.evaluate("async (p) => JSON.stringify(await (await fetch(p)).json())",
                "/api/schools/12AB00/surveys/rounds/" + round + "/open-answers");
        assertThat((String) text).doesNotContain(secret).contains("\"suppressed\":false");
        assertThat(coordinator.locator("#uitslagen-csv")).isVisible();
        assertThat(coordinator.locator("section", new Page.LocatorOptions().setHasText("Uitslagen")).first())
                .containsText("10 respondenten");
        Chromium.done(coordinator);
    }

    @Test
    void the_board_admin_sees_the_response_rate_of_each_schools_round_while_another_board_sees_nothing() {
        Page coordinator = login("coordinator-12ab00");
        String round = roundAnsweredBy(coordinator, "12AB00", 7, 2);
        Chromium.done(coordinator);

        Page board = login("bestuur-noord");
        open(board, "bestuur/41001/monitor");
        Locator row = board.locator("#respons-scholen tr[data-round='" + round + "']");
        assertThat(row).containsText("12AB00");
        assertThat(row.locator("td").nth(3)).hasText("7");
        assertThat(row.locator("td").nth(4)).hasText("2");
        assertThat(row.locator("td").nth(5)).hasText("28,6%");
        assertThat(board.locator("#respons-jaargroep")).containsText("jaargroep 7");
        Chromium.screenshot(board, "monitor-bestuur");
        // A school year without rounds: every school of the board is listed as still to do, none of another board.
        board.getByLabel("Schooljaar").selectOption(board.locator("#schooljaar option").last().getAttribute("value"));
        for (String school : List.of("12AB00", "12AC00")) {
            assertThat(board.locator("#respons-scholen tr.missing[data-school='" + school + "']"))
                    .containsText("nog geen ronde in dit schooljaar");
        }
        assertThat(board.locator("#respons-scholen tr[data-round]")).hasCount(0);
        assertThat(board.locator("#respons-scholen")).not().containsText("13BA00");
        board.goBack();
        row.locator("a").click();
        assertThat(board.locator("#respons-school")).containsText("2 van 7 leerlingen");
        Chromium.done(board);

        Page other = login("bestuur-zuid");
        open(other, "bestuur/41001/monitor");
        assertThat(problem(other, 404)).containsText("Niet gevonden");
        assertThat(other.locator("main")).not().containsText("12AB00");
        Chromium.done(other);
    }
}
