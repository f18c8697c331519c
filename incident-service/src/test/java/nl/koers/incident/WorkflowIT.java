package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.koers.incident.app.ReportDeadlineJob;
import nl.koers.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A staff member reports, a coordinator handles and closes, and the duty to report is visible until it is met. */
class WorkflowIT extends IncidentServiceIT {
    @Autowired
    ReportDeadlineJob deadlines;

    @Test
    void a_staff_member_reports_a_coordinator_handles_and_closes_it_and_the_history_shows_every_step() {
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING",
                IncidentApi.pupil("LL-W1", "VICTIM", "Sanne") + "," + IncidentApi.pupil("LL-W2", "PERPETRATOR", null)));
        assertThat(api.triage(BOARD, SCHOOL, id, "staff-h").status()).isEqualTo(204);
        Http.Response action = Http.post(incident(id) + "/actions", staff("staff-h"), """
                {"type":"CONVERSATION_WITH_PUPIL","performedAt":"%s","outcome":"Gesprek met het slachtoffer gevoerd."}"""
                .formatted(clock.instant().minusSeconds(60)));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(api.close(BOARD, SCHOOL, id).status()).isEqualTo(204);

        JsonNode view = IncidentApi.json(Http.get(incident(id), coordinator()).body());
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("handler").asString()).isEqualTo("staff-h");
        assertThat(view.get("reportedBy").asString()).isEqualTo("staff-r");
        assertThat(view.get("actions").get(0).get("outcome").get("text").asString())
                .isEqualTo("Gesprek met het slachtoffer gevoerd.");
        assertThat(view.get("actions").get(0).get("performedBy").asString()).isEqualTo("staff-h");
        assertThat(view.get("closures").get(0).get("text").get("text").asString()).contains("gestopt");
        assertThat(view.get("involved").get(0).get("role").asString()).isEqualTo("VICTIM");
        assertThat(view.get("involved").get(1).get("role").asString()).isEqualTo("PERPETRATOR");
        assertThat(view.get("history").findValuesAsString("event")).containsExactly("IncidentReported",
                "IncidentTriaged", "FollowUpActionRecorded", "IncidentClosed");

        Http.Response reopened = Http.post(incident(id) + "/reopen", coordinator(), "{\"reason\":\"Het pesten is terug.\"}");
        assertThat(reopened.status()).isEqualTo(204);
        assertThat(IncidentApi.json(Http.get(incident(id), coordinator()).body()).get("status").asString())
                .isEqualTo("IN_FOLLOW_UP");
    }

    @Test
    void a_correction_is_an_event_next_to_the_report_and_the_list_follows_it() {
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING", IncidentApi.pupil("LL-W9", "VICTIM", null)));
        Http.Response refused = Http.post(incident(id) + "/corrections", staff("staff-other"),
                "{\"category\":\"CYBERBULLYING\",\"reason\":\"Andere categorie.\"}");
        assertThat(refused.status()).isEqualTo(403);
        Http.Response corrected = Http.post(incident(id) + "/corrections", staff("staff-r"),
                "{\"category\":\"CYBERBULLYING\",\"occurredAt\":\"2026-11-19T09:00:00Z\",\"reason\":\"Het gebeurde gisteren in de groepsapp.\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(204);
        JsonNode view = IncidentApi.json(Http.get(incident(id), coordinator()).body());
        assertThat(view.get("category").asString()).isEqualTo("CYBERBULLYING");
        assertThat(view.get("occurredAt").asString()).isEqualTo("2026-11-19T09:00:00Z");
        assertThat(view.get("corrections").get(0).get("changed").toString()).contains("occurredAt", "category");
        assertThat(view.get("corrections").get(0).get("reason").get("text").asString()).contains("groepsapp");
        assertThat(view.get("history").findValuesAsString("event")).containsExactly("IncidentReported", "IncidentCorrected");
        assertThat(ids(api.incidents(SCHOOL) + "?category=CYBERBULLYING&size=100", coordinator())).contains(id);
        Http.Response nothing = Http.post(incident(id) + "/corrections", coordinator(), "{\"reason\":\"Niets.\"}");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("\"field\":\"correction\"");
    }

    @Test
    void illegal_transitions_are_refused_with_a_problem_naming_the_status_and_change_nothing() {
        String id = api.report(BOARD, SCHOOL);
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Http.Response action = Http.post(incident(id) + "/actions", coordinator(),
                "{\"type\":\"OTHER\",\"performedAt\":\"2026-11-20T11:00:00Z\"}");
        Http.Response close = api.close(BOARD, SCHOOL, id);
        Http.Response reopen = Http.post(incident(id) + "/reopen", coordinator(), "{\"reason\":\"Waarom niet.\"}");
        for (Http.Response refused : java.util.List.of(action, close, reopen)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"status\"");
        }
        assertThat(action.body()).contains("triage first");
        assertThat(reopen.body()).contains("only a closed incident can be reopened");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void a_staff_member_who_is_not_the_handler_records_no_follow_up_actions() {
        String id = api.report(BOARD, SCHOOL);
        api.triage(BOARD, SCHOOL, id, "staff-h");
        Http.Response refused = Http.post(incident(id) + "/actions", staff("staff-other"),
                "{\"type\":\"OTHER\",\"performedAt\":\"2026-11-20T11:00:00Z\"}");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void sexual_abuse_involving_staff_is_flagged_with_a_deadline_overdue_is_visible_and_only_the_report_clears_it() {
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("SEXUAL_ABUSE",
                "{\"kind\":\"STAFF\",\"role\":\"PERPETRATOR\",\"reference\":\"staff-x\"},"
                        + IncidentApi.pupil("LL-W3", "VICTIM", null)));
        JsonNode duty = IncidentApi.json(Http.get(incident(id), coordinator()).body()).get("dutyToReport");
        Instant deadline = Instant.parse(duty.get("deadline").asString());
        assertThat(deadline).isAfter(clock.instant().plus(Duration.ofHours(23)));
        assertThat(duty.get("overdue").asBoolean()).isFalse();
        assertThat(overdueList()).doesNotContain(id);

        clock.advance(Duration.ofHours(25));
        assertThat(IncidentApi.json(Http.get(incident(id), coordinator()).body()).get("dutyToReport").get("overdue")
                .asBoolean()).isTrue();
        assertThat(overdueList()).contains(id);
        assertThat(deadlines.run()).extracting(Object::toString).contains(id);
        assertThat(deadlines.run()).extracting(Object::toString).doesNotContain(id); // flagged once
        assertThat(eventTypes(id)).contains("ReportToInspectorOverdue");

        api.triage(BOARD, SCHOOL, id, "staff-h");
        Http.Response police = Http.post(incident(id) + "/actions", coordinator(), """
                {"type":"POLICE_REPORT","performedAt":"%s"}""".formatted(clock.instant().minusSeconds(60)));
        assertThat(police.status()).isEqualTo(201);
        assertThat(api.close(BOARD, SCHOOL, id).status()).isEqualTo(409);
        Http.Response reported = Http.post(incident(id) + "/actions", coordinator(), """
                {"type":"REPORT_TO_CONFIDENTIAL_INSPECTOR","performedAt":"%s","outcome":"Gemeld per telefoon."}"""
                .formatted(clock.instant().minusSeconds(30)));
        assertThat(reported.status()).isEqualTo(201);
        JsonNode cleared = IncidentApi.json(Http.get(incident(id), coordinator()).body()).get("dutyToReport");
        assertThat(cleared.get("overdue").asBoolean()).isFalse();
        assertThat(cleared.get("late").asBoolean()).isTrue();
        assertThat(overdueList()).doesNotContain(id);
        assertThat(eventTypes(id)).contains("ReportToInspectorRequired", "ReportToInspectorRecorded");
    }

    @Test
    void the_list_filters_by_status_category_severity_and_period_and_is_paged() {
        String token = IncidentApi.coordinator(BOARD, OTHER_SCHOOL);
        String url = api.incidents(OTHER_SCHOOL);
        String a = api.report(OTHER_SCHOOL, token, IncidentApi.body("DISCRIMINATION", "").replace("2026-11-20", "2026-10-01"));
        String b = api.report(OTHER_SCHOOL, token, IncidentApi.body("DISCRIMINATION", "").replace("MEDIUM", "HIGH"));
        String c = api.report(OTHER_SCHOOL, token, IncidentApi.body("THEFT_VANDALISM", ""));
        api.triage(BOARD, OTHER_SCHOOL, c, "staff-h");

        assertThat(ids(url + "?category=DISCRIMINATION", token)).containsExactlyInAnyOrder(a, b);
        assertThat(ids(url + "?category=DISCRIMINATION&severity=HIGH", token)).containsExactly(b);
        assertThat(ids(url + "?status=IN_FOLLOW_UP", token)).contains(c).doesNotContain(a, b);
        assertThat(ids(url + "?from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z", token)).contains(a).doesNotContain(b, c);
        JsonNode page = IncidentApi.json(Http.get(url + "?category=DISCRIMINATION&size=1&page=1", token).body());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("incidentId").asString()).isEqualTo(a); // newest first
        Http.Response bad = Http.get(url + "?severity=EXTREME", token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"severity\"");
        assertThat(Http.get(url + "?size=1000", token).body()).contains("\"field\":\"size\"");
    }

    private java.util.List<String> ids(String url, String token) {
        Http.Response response = Http.get(url, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return IncidentApi.json(response.body()).get("items").findValuesAsString("incidentId");
    }

    private java.util.List<String> overdueList() {
        return ids(api.incidents(SCHOOL) + "?reportOverdue=true&size=100", coordinator());
    }

    private java.util.List<String> eventTypes(String id) {
        return events.readEvents(id).asStream().map(m -> m.getPayload().getClass().getSimpleName()).toList();
    }
}
