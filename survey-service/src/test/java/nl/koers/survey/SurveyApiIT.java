package nl.koers.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.koers.platform.test.Http;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The issue's "done when": a coordinator opens a round, prints codes for three classes, 30 pupils answer anonymously,
 * the round closes, results show per scale with trend, board average and suppression, and the Inspectie delivery
 * follows consent.
 */
class SurveyApiIT extends SurveyIntegration {
    static final String SCHOOL = "14CA00";
    @Autowired
    ObjectMapper json;

    @Test
    void a_round_from_opening_to_delivery_with_trend_board_average_and_suppression() {
        String coordinator = coordinator(BOARD_C, SCHOOL);
        // Last round of this school (the trend) and two other schools of the board (the board average).
        String previous = openRound(coordinator, SCHOOL, Instant.now().minus(Duration.ofHours(3)));
        answerAll(issueCodes(coordinator, SCHOOL, previous, "groep 7", 7, 12), 3);
        assertThat(close(coordinator, SCHOOL, previous).status()).isEqualTo(200);
        for (String other : List.of("14CB00", "14CC00")) {
            String token = coordinator(BOARD_C, other);
            String round = openRound(token, other);
            answerAll(issueCodes(token, other, round, "groep 8", 8, 10), 5);
            assertThat(close(token, other, round).status()).isEqualTo(200);
        }

        String round = openRound(coordinator, SCHOOL);
        List<String> a = issueCodes(coordinator, SCHOOL, round, "groep 7a", 7, 12);
        List<String> b = issueCodes(coordinator, SCHOOL, round, "groep 7b", 7, 12);
        List<String> c = issueCodes(coordinator, SCHOOL, round, "groep 8a", 8, 12);
        answerAll(a.subList(0, 10), 5);
        answerAll(b.subList(0, 11), 4);
        answerAll(c.subList(0, 9), 1);

        JsonNode board = get(boardAdmin(BOARD_C), "/api/boards/" + BOARD_C + "/surveys/response-rates");
        assertThat(board.at("/schoolYear").asString()).isEqualTo(nl.koers.survey.round.SchoolYears.of(Instant.now()));
        assertThat(board.at("/locations").size()).isEqualTo(4);
        assertThat(board.at("/withoutRound").size()).as("every school of the board has a round this year").isZero();
        JsonNode before = get(boardAdmin(BOARD_C), "/api/boards/" + BOARD_C + "/surveys/response-rates?schoolYear=2020-2021");
        assertThat(before.at("/locations").size()).isZero();
        assertThat(before.get("withoutRound").findValuesAsString("schoolId"))
                .as("a year without rounds names every school of the board").containsExactly("14CA00", "14CB00", "14CC00");
        assertThat(board.at("/schoolTypes/0/group").asString()).isEqualTo("PO");
        assertThat(board.at("/schoolTypes/0/issued").asInt()).isEqualTo(12 + 10 + 10 + 36);
        assertThat(board.at("/schoolTypes/0/responded").asInt()).isEqualTo(12 + 10 + 10 + 30);
        assertThat(board.at("/yearGroups/1/group").asString()).isEqualTo("jaargroep 8");
        assertThat(board.at("/yearGroups/1/responded").asInt()).isEqualTo(10 + 10 + 9);

        JsonNode running = get(coordinator, rounds(SCHOOL) + "/" + round);
        assertThat(running.at("/status").asString()).isEqualTo("OPEN");
        assertThat(running.at("/responseRates/school/issued").asInt()).isEqualTo(36);
        assertThat(running.at("/responseRates/school/responded").asInt()).isEqualTo(30);
        assertThat(running.at("/responseRates/classes/2/group").asString()).isEqualTo("groep 8a");
        assertThat(running.at("/responseRates/classes/2/percent").asDouble()).isEqualTo(75.0);
        assertThat(running.at("/responseRates/yearGroups/0/responded").asInt()).isEqualTo(21);
        assertThat(Http.get(url(rounds(SCHOOL) + "/" + round + "/results"), coordinator).status())
                .as("no results while the round runs").isEqualTo(422);

        assertThat(close(coordinator, SCHOOL, round).status()).isEqualTo(200);
        JsonNode results = get(coordinator, rounds(SCHOOL) + "/" + round + "/results");
        assertThat(results.at("/respondents").asInt()).isEqualTo(30);
        JsonNode safety = results.at("/scales/0");
        assertThat(safety.at("/scale").asString()).isEqualTo("PERCEIVED_SAFETY");
        assertThat(safety.at("/school/n").asInt()).isEqualTo(30);
        // 10 x 5 + 11 x 4 + 9 x 1 over 30 pupils
        assertThat(safety.at("/school/mean").asDouble()).isEqualTo(3.43);
        assertThat(safety.at("/classes/groep 8a/suppressed").asBoolean()).isTrue();
        assertThat(safety.at("/classes/groep 8a/mean").isNull()).isTrue();
        assertThat(safety.at("/classes/groep 7a/suppressed").asBoolean())
                .as("complementary: 30 minus the visible classes must not be 8a alone").isTrue();
        assertThat(safety.at("/classes/groep 7b/n").asInt()).isEqualTo(11);
        assertThat(safety.at("/previousRound/mean").asDouble()).isEqualTo(3.0);
        assertThat(safety.at("/boardAverage/schools").asInt()).isEqualTo(3);
        assertThat(safety.at("/boardAverage/shown").asBoolean()).isTrue();
        JsonNode question = results.at("/questions/0");
        assertThat(question.at("/questionId").asString()).isEqualTo("veilig-school");
        assertThat(question.at("/school/distribution/5").asInt()).isEqualTo(10);
        assertThat(question.at("/school/percentPositive").asDouble()).isEqualTo(70.0);
        assertThat(question.at("/classes/groep 8a/distribution").isNull()).isTrue();

        // Open answers: for the school only (no class), readable until erased.
        JsonNode open = get(coordinator, rounds(SCHOOL) + "/" + round + "/open-answers");
        assertThat(open.at("/suppressed").asBoolean()).isFalse();
        assertThat(open.at("/answers").size()).isEqualTo(30);
        assertThat(open.at("/answers/0/text").asString()).isEqualTo("Ik vind het fijn op school.");
        assertThat(open.toString()).doesNotContain("groep");
        String erased = open.at("/answers/0/responseId").asString();
        assertThat(Http.post(url(rounds(SCHOOL) + "/" + round + "/open-answers/" + erased + "/erasure"), coordinator, "")
                .status()).isEqualTo(204);
        JsonNode afterErasure = get(coordinator, rounds(SCHOOL) + "/" + round + "/open-answers");
        assertThat(afterErasure.at("/answers").size()).isEqualTo(29);
        assertThat(afterErasure.toString()).doesNotContain(erased);
        assertThat(get(coordinator, rounds(SCHOOL) + "/" + round + "/results").at("/respondents").asInt())
                .as("the closed answers of that response stay").isEqualTo(30);

        String csv = Http.get(url(rounds(SCHOOL) + "/" + round + "/results?format=csv"), coordinator).body();
        assertThat(csv.lines().filter(l -> l.contains("groep 8a")))
                .isNotEmpty().allMatch(l -> l.contains("onderdrukt") && !l.matches(".*;\\d+;\\d.*onderdrukt.*"));
        assertThat(csv.lines().filter(l -> l.contains(";groep 7b;schaal;PERCEIVED_SAFETY;11;4.0;"))).hasSize(1);
        assertThat(csv.lines().filter(l -> l.contains(";vorige meting;;schaal;PERCEIVED_SAFETY;12;3.0;"))).hasSize(1);
        assertThat(csv.lines().filter(l -> l.contains(";bestuursgemiddelde;;schaal;PERCEIVED_SAFETY;")
                && l.endsWith(";3 scholen"))).hasSize(1);

        // Inspectie: refused without consent; after consent the numbers equal the results.
        Http.Response refused = Http.post(url(rounds(SCHOOL) + "/" + round + "/inspectie-delivery"), coordinator, "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"consent\"");
        assertThat(Http.post(url(rounds(SCHOOL) + "/" + round + "/delivery-consent"), coordinator, "").status())
                .isEqualTo(201);
        Http.Response delivered = Http.post(url(rounds(SCHOOL) + "/" + round + "/inspectie-delivery"), coordinator, "");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        JsonNode summary = json.readTree(delivered.body()).at("/summary");
        assertThat(summary.at("/aspects/0/mean").asDouble()).isEqualTo(safety.at("/school/mean").asDouble());
        assertThat(summary.at("/aspects/0/n").asInt()).isEqualTo(30);
        assertThat(summary.at("/bullying/0/questionId").asString()).isEqualTo("gepest");
        assertThat(summary.at("/bullying/0/percentPerOption/nooit").asDouble()).isEqualTo(33.33);
        assertThat(delivered.body()).doesNotContain("groep 8a", "groep 7a");
        assertThat(get(coordinator, rounds(SCHOOL) + "/" + round).at("/deliveredAt").isNull()).isFalse();
        assertThat(get(coordinator, rounds(SCHOOL) + "/" + round).at("/summarySha256").asString())
                .as("the round shows the fingerprint of what was delivered")
                .isEqualTo(json.readTree(delivered.body()).at("/summarySha256").asString()).hasSize(64);

        // The outbox publishes after commit: wait, with a deadline, until the last event of the round is out.
        List<ConsumerRecord<String, String>> events = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30)).until(() -> published(1).stream()
                        .filter(r -> r.value().contains(round)).toList(),
                        list -> list.stream().anyMatch(r -> r.value().contains("DeliveredToInspectie")));
        String types = events.stream().map(r -> r.value().replaceAll(".*\"type\":\"nl\\.koers\\.survey\\.([A-Za-z]+)\\.v1\".*", "$1"))
                .collect(Collectors.joining(","));
        assertThat(types.split(",")).contains("RoundOpened", "CodesIssued", "AnswersSubmitted", "RoundClosed",
                "MonitorResultsPublished", "DeliveryConsentRecorded", "DeliveredToInspectie");
        assertThat(events.stream().filter(r -> r.value().contains("AnswersSubmitted"))).hasSize(30);
        String everything = String.join("\n", events.stream().map(ConsumerRecord::value).toList());
        for (String code : a) {
            assertThat(everything).doesNotContain(code, code.replace("-", ""));
        }
        assertThat(everything).doesNotContain("Ik vind het fijn op school");
    }

    @Test
    void a_round_closes_by_itself_at_the_end_of_its_window_and_then_refuses_answers() throws Exception {
        String coordinator = coordinator(BOARD_A, "12AB00");
        String round = openRound(coordinator, "12AB00");
        List<String> codes = issueCodes(coordinator, "12AB00", round, "groep 6", 6, 2);
        answerAll(codes.subList(0, 1), 4);
        clock.set(Instant.now().plus(Duration.ofDays(8)));
        context.getBean(nl.koers.survey.round.web.Rounds.class).ended().forEach(id ->
                context.getBean(nl.koers.survey.round.web.Rounds.class).close(id, new nl.koers.platform.id.UserId("t")));
        clock.reset();
        JsonNode closed = get(coordinator, rounds("12AB00") + "/" + round);
        assertThat(closed.at("/status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/closedEarly").asBoolean()).isFalse();
        Http.Response late = answer(codes.get(1), answers(4));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body()).contains("gesloten");
        assertThat(close(coordinator, "12AB00", round).status()).as("a closed round is final").isEqualTo(409);
        assertThat(Http.post(url(rounds("12AB00") + "/" + round + "/code-batches"), coordinator,
                "{\"classLabel\":\"groep 6\",\"yearGroup\":6,\"count\":5}").status()).isEqualTo(409);
    }

    @Test
    void a_published_instrument_version_cannot_be_changed_a_new_version_can_be_published() {
        String admin = nl.koers.platform.test.TestTokens.issuer().token("ops", null, List.of(), "platform-admin");
        String changed = """
                {"id":"koers-leerlingen","version":1,"title":"Gewijzigd","audiences":["PUPILS_PRIMARY"],
                 "allowPartial":true,"questions":[{"id":"veilig-school","text":"Anders","type":"LIKERT",
                 "scale":"PERCEIVED_SAFETY","reversed":false,"required":true}]}""";
        Http.Response refused = Http.post(url("/api/surveys/instruments"), admin, changed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("\"field\":\"version\"");
        assertThat(Http.get(url("/api/surveys/instruments/koers-leerlingen/versions/1"), admin).body())
                .contains("Monitor sociale veiligheid leerlingen").doesNotContain("Gewijzigd");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "update survey_instrument set title = 'x' where instrument_id = 'koers-leerlingen'"))
                .hasMessageContaining("immutable");

        String next = "koers-test-" + System.nanoTime();
        Http.Response published = Http.post(url("/api/surveys/instruments"), admin, changed
                .replace("koers-leerlingen", next));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(Http.post(url("/api/surveys/instruments"), admin, changed.replace("koers-leerlingen", next)
                .replace("\"version\":1", "\"version\":2")).status()).isEqualTo(201);
        assertThat(Http.post(url("/api/surveys/instruments"), coordinator(BOARD_A, "12AB00"), changed
                .replace("koers-leerlingen", next + "-x")).status()).isEqualTo(403);
    }

    @Test
    void a_staff_round_uses_the_staff_instrument_and_a_parents_round_needs_an_instrument_for_parents() {
        String coordinator = coordinator(BOARD_A, "12AC00");
        String body = "{\"audience\":\"%s\",\"opensAt\":\"%s\",\"closesAt\":\"%s\"}";
        Http.Response staff = Http.post(url(rounds("12AC00")), coordinator, body.formatted("STAFF",
                Instant.now(), Instant.now().plus(Duration.ofDays(7))));
        assertThat(staff.status()).isEqualTo(201);
        String round = staff.body().replaceAll(".*\"roundId\":\"([^\"]+)\".*", "$1");
        assertThat(get(coordinator, rounds("12AC00") + "/" + round).at("/instrumentId").asString())
                .isEqualTo("koers-personeel");
        Http.Response parents = Http.post(url(rounds("12AC00")), coordinator, body.formatted("PARENTS",
                Instant.now(), Instant.now().plus(Duration.ofDays(7))));
        assertThat(parents.status()).isEqualTo(422);
        assertThat(parents.body()).contains("\"field\":\"audience\"");
    }

    @Test
    void the_minimum_group_size_is_a_platform_setting_never_below_5() {
        String admin = nl.koers.platform.test.TestTokens.issuer().token("ops", null, List.of(), "platform-admin");
        var put = request("/api/surveys/settings").header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json");
        assertThat(send(put.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"minimumGroupSize\":4}"))
                .build()).statusCode()).isEqualTo(422);
        assertThat(Http.get(url("/api/surveys/settings"), admin).body()).contains("\"minimumGroupSize\":10");
        assertThat(Http.get(url("/api/surveys/settings"), coordinator(BOARD_A, "12AB00")).status()).isEqualTo(403);
    }

    @Test
    void the_teacher_prints_the_codes_as_csv_or_pdf_and_only_their_hashes_are_kept() throws Exception {
        String coordinator = coordinator(BOARD_A, "12AB00");
        String round = openRound(coordinator, "12AB00");
        String path = rounds("12AB00") + "/" + round + "/code-batches";
        var csv = send(request(path + "?format=csv").header("Authorization", "Bearer " + coordinator)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"classLabel\":\"groep 4\",\"yearGroup\":4,\"count\":25}")).build());
        assertThat(csv.statusCode()).isEqualTo(201);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(26);
        assertThat(lines.get(0)).isEqualTo("klas;jaargroep;nummer;code");
        assertThat(lines.get(1)).matches("groep 4;4;1;[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");

        var pdf = send(request(path + "?format=pdf").header("Authorization", "Bearer " + coordinator)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"classLabel\":\"groep 4b\",\"yearGroup\":4,\"count\":30}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(201);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        String text = nl.koers.platform.pdf.PdfText.extract(pdf.body());
        assertThat(text).contains("Toegangscodes groep 4b", "Elke code werkt maar één keer");
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}").matcher(text);
        int found = 0;
        while (codes.find()) {
            found++;
            String code = codes.group();
            assertThat(Http.get(url("/api/public/surveys/" + code + "/questions"), null).status())
                    .as("a printed code opens the questions").isEqualTo(200);
        }
        assertThat(found).isEqualTo(30);
        String stored = String.join(",", jdbc.queryForList(
                "select encode(code_hash, 'escape') from survey_access_code", String.class));
        assertThat(stored).doesNotContain(lines.get(1).split(";")[3], lines.get(1).split(";")[3].replace("-", ""));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private JsonNode get(String token, String path) {
        Http.Response response = Http.get(url(path), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
