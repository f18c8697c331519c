package nl.koers.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TenantFixtures;
import nl.koers.survey.delivery.web.DeliveryReminders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From 1 June, a school without a delivery to the Inspectie gets one reminder; a school that delivered gets none. */
class DeliveryReminderIT extends SurveyIntegration {
    static final String BOARD = "41004";
    @Autowired
    DeliveryReminders reminders;
    @Autowired
    SchoolDirectory directory;

    @Test
    void a_reminder_fires_on_1_june_for_a_school_without_delivery_once_and_not_for_a_school_that_delivered() {
        TenantFixtures.onboardAndAwait(directory, BOARD, "15DA00", "15DB00");
        String admin = boardAdmin(BOARD);
        String round = openRound(admin, "15DA00");
        assertThat(close(admin, "15DA00", round).status()).isEqualTo(200);
        assertThat(Http.post(url(rounds("15DA00") + "/" + round + "/delivery-consent"), admin, "").status()).isEqualTo(201);
        assertThat(Http.post(url(rounds("15DA00") + "/" + round + "/inspectie-delivery"), admin, "").status()).isEqualTo(201);

        clock.set(Instant.parse("2027-05-31T20:00:00Z"));
        assertThat(reminders.remind()).as("not before 1 June").isZero();

        clock.set(Instant.parse("2027-06-01T04:15:00Z"));
        reminders.remind();
        assertThat(reminded("15DB00")).isEqualTo(1);
        assertThat(reminded("15DA00")).isZero();
        reminders.remind();
        assertThat(reminded("15DB00")).as("once per school year").isEqualTo(1);

        // The outbox publishes after commit: wait for it, with a deadline.
        var reminder = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> published(1).stream().filter(r -> r.value().contains("InspectieDeliveryReminderDue")
                        && r.value().contains("\"schoolid\":\"15DB00\"")).toList(), list -> !list.isEmpty());
        assertThat(reminder).singleElement().satisfies(r -> assertThat(r.value())
                .contains("\"schoolYear\":\"2026-2027\"", "\"deadline\":\"2027-07-01\""));
        assertThat(published(1).stream().filter(r -> r.value().contains("InspectieDeliveryReminderDue")
                && r.value().contains("\"schoolid\":\"15DA00\""))).isEmpty();
    }

    private long reminded(String school) {
        return jdbc.queryForObject("select count(*) from survey_delivery_reminder where school_id = ?", Long.class, school);
    }
}
