package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.koers.contracts.incident.ConfidentialIncidentRead;
import nl.koers.platform.test.Http;
import org.junit.jupiter.api.Test;

/** Only the handler, confidential advisers and coordinators see a confidential incident; every read is recorded. */
class ConfidentialityIT extends IncidentServiceIT {
    static final String NAME = "Lotte Brandsma";
    static final String TEXT = "Op de gang werd een leerling onzedelijk betast.";

    @Test
    void a_staff_member_of_the_same_school_cannot_read_a_confidential_incidents_content_through_any_endpoint() {
        String id = confidential();
        String staff = staff("staff-nosy");

        Http.Response read = Http.get(incident(id), staff);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("\"confidential\":true", "\"contentVisible\":false")
                .doesNotContain(NAME, "betast", "SEXUAL_HARASSMENT", "LL-C1", "involved");
        Http.Response list = Http.get(api.incidents(SCHOOL) + "?size=100", staff);
        assertThat(list.body()).contains(id).doesNotContain(NAME, "betast");
        assertThat(IncidentApi.json(list.body()).get("items").findValues("incidentId").stream()
                .filter(n -> n.asString().equals(id)).count()).isEqualTo(1);
        assertThat(Http.get(api.incidents(SCHOOL) + "?category=SEXUAL_HARASSMENT&size=100", staff).body())
                .doesNotContain(id);
        assertThat(Http.get(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-C1/chronology", staff).status())
                .isEqualTo(403);
        assertThat(Http.post(incident(id) + "/actions", staff, "{\"type\":\"OTHER\",\"performedAt\":\"2026-11-20T11:00:00Z\"}")
                .status()).isEqualTo(403);
        assertThat(Http.post(incident(id) + "/meldcode", staff, "{}").status()).isEqualTo(403);
        String admin = IncidentApi.admin(BOARD);
        assertThat(Http.get(incident(id), admin).body()).contains("\"contentVisible\":false").doesNotContain(NAME);
        assertThat(Http.post(incident(id) + "/close", admin, "{\"evaluation\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void a_confidential_adviser_a_coordinator_and_the_handler_read_the_content_and_every_read_is_recorded() {
        String id = confidential();
        assertThat(Http.get(incident(id), adviser()).body()).contains(NAME, TEXT);
        assertThat(Http.get(incident(id), coordinator()).body()).contains(NAME);
        api.triage(BOARD, SCHOOL, id, "staff-h");
        assertThat(Http.get(incident(id), staff("staff-h")).body()).contains(NAME);
        Http.get(incident(id), staff("staff-nosy"));

        List<ConfidentialIncidentRead> reads = events.readEvents(id).asStream().map(m -> m.getPayload())
                .filter(ConfidentialIncidentRead.class::isInstance).map(ConfidentialIncidentRead.class::cast).toList();
        assertThat(reads).extracting(r -> r.reader().value() + ":" + r.contentShown())
                .contains("adviser-1:true", "coordinator-12AB00:true", "staff-h:true", "staff-nosy:false");
        assertThat(topicText(id, "nl.koers.incident.ConfidentialIncidentRead.v1")).doesNotContain(NAME);
    }

    @Test
    void the_reporter_or_a_coordinator_marks_an_incident_confidential_and_others_may_not() {
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING", IncidentApi.pupil("LL-C2", "VICTIM", null)));
        assertThat(Http.post(incident(id) + "/confidential", staff("staff-other"), "{}").status()).isEqualTo(403);
        assertThat(Http.get(incident(id), staff("staff-other")).body()).contains("\"contentVisible\":true");
        assertThat(Http.post(incident(id) + "/confidential", staff("staff-r"), "{}").status()).isEqualTo(204);
        assertThat(Http.get(incident(id), staff("staff-other")).body()).contains("\"contentVisible\":false");
    }

    @Test
    void a_meldcode_concern_becomes_confidential_and_a_skipped_step_needs_a_reason() {
        String id = api.report(BOARD, SCHOOL);
        String meldcode = incident(id) + "/meldcode";
        assertThat(Http.post(meldcode, adviser(), "{}").status()).isEqualTo(204);
        assertThat(Http.get(incident(id), staff("staff-nosy")).body()).contains("\"contentVisible\":false");
        assertThat(Http.post(meldcode + "/steps", adviser(), "{\"step\":\"MAP_SIGNS\",\"decision\":\"Signalen: blauwe plekken.\"}")
                .status()).isEqualTo(204);
        Http.Response skipped = Http.post(meldcode + "/steps", adviser(), "{\"step\":\"TALK\",\"decision\":\"Gesprek.\"}");
        assertThat(skipped.status()).isEqualTo(422);
        assertThat(skipped.body()).contains("\"field\":\"step\"", "CONSULT comes first");
        assertThat(Http.post(meldcode + "/skips", adviser(), "{\"step\":\"CONSULT\"}").status()).isEqualTo(400);
        assertThat(Http.post(meldcode + "/skips", adviser(), "{\"step\":\"CONSULT\",\"reason\":\"Veilig Thuis al betrokken.\"}")
                .status()).isEqualTo(204);
        assertThat(Http.post(meldcode + "/steps", adviser(), "{\"step\":\"TALK\",\"decision\":\"Gesprek met ouders.\"}")
                .status()).isEqualTo(204);
        Http.Response decision = Http.post(meldcode + "/decision", adviser(),
                "{\"outcome\":\"ORGANISE_HELP\",\"reasoning\":\"Hulp via het wijkteam.\"}");
        assertThat(decision.status()).isEqualTo(422);
        assertThat(decision.body()).contains("weighing");
        assertThat(Http.post(meldcode + "/steps", adviser(), "{\"step\":\"WEIGH\",\"decision\":\"Afwegingskader: hulp mogelijk.\"}")
                .status()).isEqualTo(204);
        assertThat(Http.post(meldcode + "/decision", adviser(),
                "{\"outcome\":\"ORGANISE_HELP\",\"reasoning\":\"Hulp via het wijkteam.\"}").status()).isEqualTo(204);
        var view = IncidentApi.json(Http.get(incident(id), adviser()).body()).get("meldcode");
        assertThat(view.get("steps").findValuesAsString("step")).containsExactly("MAP_SIGNS", "CONSULT", "TALK", "WEIGH");
        assertThat(view.get("steps").get(1).get("skipped").asBoolean()).isTrue();
        assertThat(view.get("steps").get(1).get("text").get("text").asString()).isEqualTo("Veilig Thuis al betrokken.");
        assertThat(view.get("outcome").asString()).isEqualTo("ORGANISE_HELP");
        assertThat(view.get("decidedBy").asString()).isEqualTo("adviser-1");
    }

    private String confidential() {
        String body = IncidentApi.body("SEXUAL_HARASSMENT", IncidentApi.pupil("LL-C1", "VICTIM", NAME))
                .replace(IncidentApi.DESCRIPTION, TEXT).replace("\"involved\"", "\"confidential\":true,\"involved\"");
        return api.report(SCHOOL, staff("staff-r"), body);
    }
}
