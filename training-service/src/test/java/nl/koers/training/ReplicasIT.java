package nl.koers.training;

import static nl.koers.training.Api.BOARD_A;
import static nl.koers.training.Api.field;
import static nl.koers.training.Api.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.platform.test.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two replicas of training-service on one database: capacity and the waiting list hold across them too. */
class ReplicasIT {

    @Test
    void enrolments_spread_over_two_replicas_never_exceed_capacity_and_keep_one_waiting_order() throws Exception {
        String kafka = TestKafka.bootstrapServers();
        try (RunningTrainingService one = RunningTrainingService.start("training_replicas", kafka);
             RunningTrainingService two = RunningTrainingService.start("training_replicas", kafka)) {
            TenantFixtures.onboardAndAwait(one.context.getBean(SchoolDirectory.class), BOARD_A, "12AB00");
            Http.Response course = one.api.post("/api/training/courses", platformAdmin(), Api.COURSE);
            String session = field(two.api.post("/api/training/courses/" + field(course.body(), "courseId")
                    + "/sessions", platformAdmin(), Api.session("2028-05-18", 20)).body(), "sessionId");

            List<Callable<Http.Response>> calls = new ArrayList<>();
            for (int n = 0; n < 100; n++) {
                Api replica = n % 2 == 0 ? one.api : two.api;
                String token = Api.staff("replica-" + n, BOARD_A, "12AB00");
                String body = "{\"name\":\"Deelnemer " + n + "\"}";
                calls.add(() -> replica.post("/api/schools/12AB00/training/sessions/" + session + "/enrolments",
                        token, body));
            }
            List<Http.Response> answers = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(40)) {
                for (var future : pool.invokeAll(calls)) {
                    answers.add(future.get());
                }
            }
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            assertThat(answers.stream().filter(a -> a.body().contains("\"status\":\"ENROLLED\""))).hasSize(20);
            assertThat(answers.stream().filter(a -> a.body().contains("\"status\":\"WAITING\""))
                    .map(a -> Integer.parseInt(a.body().replaceAll(".*\"position\":(\\d+).*", "$1"))).sorted().toList())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 80).boxed().toList());

            JdbcTemplate jdbc = one.context.getBean(JdbcTemplate.class);
            List<Long> sequence = jdbc.queryForList("""
                    select sequence_number from domain_event_entry where aggregate_identifier = ?
                    order by sequence_number""", Long.class, session);
            assertThat(sequence).containsExactlyElementsOf(IntStream.range(0, 101).mapToObj(i -> (long) i).toList());
            assertThat(jdbc.queryForList("select participant from training_enrolment where session_id = ?::uuid",
                    String.class, session)).hasSize(100).doesNotHaveDuplicates();
        }
    }
}
