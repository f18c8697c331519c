package nl.koers.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.koers.platform.test.Http;
import nl.koers.survey.code.AccessCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The anonymous public endpoint: single use under concurrency, and bad input that changes nothing. */
class PublicAnsweringIT extends SurveyIntegration {
    static final String SCHOOL = "12AB00";
    private List<String> codes;

    @BeforeEach
    void round() {
        String coordinator = coordinator(BOARD_A, SCHOOL);
        codes = issueCodes(coordinator, SCHOOL, openRound(coordinator, SCHOOL), "groep 5", 5, 3);
    }

    @Test
    void a_pupil_fetches_the_questions_without_using_the_code_up() {
        Http.Response questions = Http.get(url("/api/public/surveys/" + codes.get(0).toLowerCase() + "/questions"), null);
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.body()).contains("\"title\":\"Monitor sociale veiligheid leerlingen\"",
                "\"id\":\"veilig-school\"", "\"label\":\"helemaal mee eens\"").doesNotContain(SCHOOL, "groep 5");
        assertThat(answer(codes.get(0), answers(4)).status()).isEqualTo(201);
        assertThat(Http.get(url("/api/public/surveys/" + codes.get(0) + "/questions"), null).status()).isEqualTo(409);
    }

    @Test
    void nothing_about_the_pupil_is_stored_no_code_no_address_no_time() {
        assertThat(answer(codes.get(0), answers(4)).status()).isEqualTo(201);
        Map<String, Object> row = jdbc.queryForList("select * from survey_response order by response_id").stream()
                .filter(r -> "groep 5".equals(r.get("class_label"))).findAny().orElseThrow();
        assertThat(row.keySet()).containsExactlyInAnyOrder("response_id", "round_id", "class_label", "year_group",
                "answers", "scales");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_name = 'survey_access_code'", String.class)).doesNotContain("used_at", "response_id");
        String payloads = String.join("\n", jdbc.queryForList(
                "select convert_from(payload, 'UTF8') from domain_event_entry", String.class));
        assertThat(payloads).doesNotContain(codes.get(0), codes.get(0).replace("-", ""), "127.0.0.1", "Java-http-client");
    }

    @Test
    void of_200_parallel_submissions_with_the_same_code_exactly_one_is_accepted() throws Exception {
        long responses = storedResponses();
        String code = codes.get(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return answer(code, answers(3)).status();
            }));
        }
        start.countDown();
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        for (Future<Integer> result : results) {
            statuses.merge(result.get(), 1L, Long::sum);
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(201, 1L, 409, 199L)));
        assertThat(storedResponses()).isEqualTo(responses + 1);
    }

    @Test
    void ten_thousand_wrong_codes_in_a_row_are_refused_quickly_without_5xx_and_store_nothing() throws Exception {
        long events = storedEvents();
        long responses = storedResponses();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            String guess = i % 10 == 0 ? "not-a-code-" + i : AccessCode.generate().printed();
            results.add(pool.submit(() -> {
                long t = System.nanoTime();
                int status = answer(guess, answers(4)).status();
                return new long[] {status, System.nanoTime() - t};
            }));
        }
        List<Long> micros = new ArrayList<>();
        Map<Long, Long> statuses = new java.util.TreeMap<>();
        for (Future<long[]> result : results) {
            long[] r = result.get();
            statuses.merge(r[0], 1L, Long::sum);
            micros.add(r[1] / 1000);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        micros.sort(null);
        System.out.printf("10,000 wrong codes: %.1f s, p50 %d us, p99 %d us%n", seconds,
                micros.get(5000), micros.get(9900));
        assertThat(statuses).containsOnlyKeys(404L);
        // Bounds with room for the shared 2-core test machine: a refusal is one indexed lookup, never a slow path.
        assertThat(micros.get(5000)).as("p50 of a refusal in microseconds").isLessThan(50_000);
        assertThat(micros.get(9900)).as("p99 of a refusal in microseconds").isLessThan(1_000_000);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(storedResponses()).isEqualTo(responses);
    }

    static Stream<Arguments> badInput() {
        String valid = answers(4);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"answers\": {", 400, "body"),
                Arguments.of("not an object of answers", "{\"answers\": [4, 4]}", 400, "answers"),
                Arguments.of("no answers at all", "{}", 400, "answers"),
                Arguments.of("a text where a number belongs", valid.replace("\"veilig-klas\":4", "\"veilig-klas\":\"vier\""),
                        422, "answers.veilig-klas"),
                Arguments.of("a boolean", valid.replace("\"veilig-klas\":4", "\"veilig-klas\":true"), 422, "answers.veilig-klas"),
                Arguments.of("a fraction", valid.replace("\"veilig-klas\":4", "\"veilig-klas\":4.5"), 422, "answers.veilig-klas"),
                Arguments.of("a nested object", valid.replace("\"veilig-klas\":4", "\"veilig-klas\":{\"a\":1}"), 422,
                        "answers.veilig-klas"),
                Arguments.of("out of range", valid.replace("\"veilig-klas\":4", "\"veilig-klas\":9"), 422, "answers.veilig-klas"),
                Arguments.of("an unknown question", valid.replace("{\"answers\":{", "{\"answers\":{\"hack\":1,"), 422,
                        "answers.hack"),
                Arguments.of("script in open text", valid.replace("Ik vind het fijn op school.",
                        "<script>fetch('//evil')</script>"), 422, "answers.open-vertellen"),
                Arguments.of("a required question left out", valid.replace("\"veilig-school\":4,", ""), 422,
                        "answers.veilig-school"),
                Arguments.of("over 64 KB", valid.replace("Ik vind het fijn op school.", "x".repeat(70_000)), 413, "body"));
    }

    @ParameterizedTest(name = "{0} -> {2} naming {3}; nothing stored, the code still works")
    @MethodSource("badInput")
    void bad_input_is_refused_with_a_problem_naming_the_field_and_changes_nothing(String name, String body, int status,
                                                                                 String field) {
        long events = storedEvents();
        Http.Response response = answer(codes.get(2), body);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception", "at nl.");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(answer(codes.get(2), answers(4)).status()).as("the code was not used up").isEqualTo(201);
    }

    @Test
    void a_chunked_body_over_64_kb_is_refused_while_it_is_read() {
        long events = storedEvents();
        byte[] body = answers(4).replace("Ik vind", "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = send(request("/api/public/surveys/" + codes.get(0) + "/answers")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void messages_for_a_pupil_are_in_plain_dutch() {
        Http.Response wrong = answer(codes.get(0), answers(4).replace("\"veilig-klas\":4", "\"veilig-klas\":7"));
        assertThat(wrong.body()).contains("Kies een antwoord van 1 tot en met 5.");
        assertThat(answer(AccessCode.generate().printed(), answers(4)).body())
                .contains("Deze code kennen we niet. Kijk of je hem goed hebt overgetypt.");
        assertThat(answer(codes.get(0), answers(4)).status()).isEqualTo(201);
        assertThat(answer(codes.get(0), answers(4)).body()).contains("Deze code is al gebruikt.");
    }

    @Test
    void a_token_is_neither_needed_nor_used_on_the_public_route() {
        String coordinatorToken = coordinator(BOARD_A, SCHOOL);
        assertThat(Http.post(url("/api/public/surveys/" + codes.get(0) + "/answers"), coordinatorToken, answers(4))
                .status()).isEqualTo(201);
        assertThat(Http.post(url("/api/public/surveys/" + codes.get(1) + "/answers"), "not-a-jwt", answers(4))
                .status()).isEqualTo(201);
    }
}
