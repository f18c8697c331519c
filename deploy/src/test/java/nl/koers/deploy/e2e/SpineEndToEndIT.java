package nl.koers.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Report at incident-service, count on projection-service's dashboard: two Spring Boot applications, two JVMs. */
class SpineEndToEndIT {
    static Spine spine;

    @BeforeAll
    static void start() {
        spine = Spine.start("e2e");
        spine.onboard("12AB00");
        spine.onboard("12AC00");
    }

    @AfterAll
    static void stop() {
        if (spine != null) {
            spine.close();
        }
    }

    @Test
    void a_report_raises_the_dashboard_count_for_that_school_and_category_by_one() {
        long bullying = spine.count("12AB00", "BULLYING");
        long sexting = spine.count("12AB00", "SEXTING");
        assertThat(spine.report("12AB00", "BULLYING").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> spine.count("12AB00", "BULLYING") == bullying + 1);
        assertThat(spine.count("12AB00", "SEXTING")).isEqualTo(sexting);
    }

    @Test
    void the_projection_killed_mid_stream_and_restarted_loses_nothing_and_counts_nothing_twice() throws Exception {
        int reports = 300;
        long before = spine.count("12AC00", "CYBERBULLYING");
        for (int i = 0; i < reports; i++) {
            if (i == reports / 3) {
                spine.projection.kill(); // a crash, not a clean stop: no offsets committed on the way out
            }
            assertThat(spine.report("12AC00", "CYBERBULLYING").status()).isEqualTo(201);
        }
        spine.projection = spine.startProjection();
        // A double count would overshoot: wait for the number, then require it exactly.
        await().atMost(Duration.ofSeconds(90)).until(() -> spine.count("12AC00", "CYBERBULLYING") >= before + reports);
        assertThat(spine.count("12AC00", "CYBERBULLYING")).isEqualTo(before + reports);
    }
}
