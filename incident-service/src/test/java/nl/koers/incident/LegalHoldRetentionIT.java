package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.koers.incident.app.RetentionJob;
import nl.koers.platform.test.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention by board policy on a clock the test controls, suspended by legal holds on an incident or a person. */
class LegalHoldRetentionIT extends IncidentServiceIT {
    static final Duration MONTH = Duration.ofDays(31);

    @Autowired
    RetentionJob retention;

    @Test
    void with_a_hold_retention_and_erasure_leave_the_data_intact_and_say_why_and_after_lifting_retention_applies() {
        String id = closedIncident(BOARD, SCHOOL, "LL-H1", "Eva Mulder");
        clock.advance(MONTH.multipliedBy(25));
        Http.Response hold = Http.post(incident(id) + "/legal-holds", coordinator(),
                "{\"reason\":\"Aangifte loopt; politie vraagt het dossier te bewaren.\"}");
        assertThat(hold.status()).isEqualTo(201);

        RetentionJob.Run run = retention.run();
        assertThat(run.expired()).extracting(Object::toString).doesNotContain(id);
        assertThat(run.skipped()).filteredOn(s -> s.incidentId().toString().equals(id)).singleElement()
                .satisfies(s -> assertThat(s.why()).contains("legal hold").contains(id));
        Http.Response erasure = Http.post(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-H1/erasure", coordinator(), "{}");
        assertThat(erasure.status()).isEqualTo(409);
        assertThat(erasure.body()).contains("\"field\":\"legalHold\"", "legal hold");
        assertThat(Http.get(incident(id), coordinator()).body()).contains("Eva Mulder", IncidentApi.DESCRIPTION,
                "Aangifte loopt");

        String holdId = IncidentApi.field(hold.body(), "holdId");
        assertThat(IncidentApi.delete(incident(id) + "/legal-holds/" + holdId, coordinator()).status()).isEqualTo(204);
        assertThat(retention.run().expired()).extracting(Object::toString).contains(id);
        var view = IncidentApi.json(Http.get(incident(id), coordinator()).body());
        assertThat(view.get("descriptionErased").asBoolean()).isTrue();
        assertThat(view.get("involved").get(0).get("erased").asBoolean()).isTrue();
        assertThat(view.get("involved").get(0).get("name").isNull()).isTrue();
        assertThat(view.get("closures").get(0).get("text").get("erased").asBoolean()).isTrue();
        assertThat(view.get("category").asString()).isEqualTo("BULLYING");
        assertThat(view.get("dataExpiredAt").isNull()).isFalse();
        assertThat(topicText(id, "nl.koers.incident.IncidentDataExpired.v1", "nl.koers.incident.LegalHoldPlaced.v1",
                "nl.koers.incident.LegalHoldLifted.v1")).doesNotContain("Eva Mulder", "Aangifte loopt");
    }

    @Test
    void a_hold_on_a_person_suspends_their_erasure_and_the_retention_of_their_incidents_until_it_is_lifted() {
        String id = closedIncident(BOARD, SCHOOL, "LL-H2", "Julia Smit");
        String pupil = api.base + "/api/schools/" + SCHOOL + "/pupils/LL-H2";
        Http.Response hold = Http.post(pupil + "/legal-holds", coordinator(), "{\"reason\":\"Klachtprocedure loopt.\"}");
        assertThat(hold.status()).isEqualTo(201);
        assertThat(Http.post(pupil + "/erasure", coordinator(), "{}").status()).isEqualTo(409);
        clock.advance(MONTH.multipliedBy(25));
        assertThat(retention.run().skipped()).extracting(s -> s.incidentId().toString()).contains(id);
        assertThat(Http.get(incident(id), coordinator()).body()).contains("Julia Smit");

        assertThat(IncidentApi.delete(pupil + "/legal-holds/" + IncidentApi.field(hold.body(), "holdId"), coordinator())
                .status()).isEqualTo(204);
        assertThat(Http.post(pupil + "/erasure", coordinator(), "{}").status()).isEqualTo(200);
        assertThat(Http.get(incident(id), coordinator()).body()).doesNotContain("Julia Smit");
    }

    @Test
    void a_pupils_chronology_lists_the_holds_on_the_pupil_with_their_reasons_and_those_on_the_pupils_incidents() {
        String id = closedIncident(BOARD, SCHOOL, "LL-H3", "Noor de Wit");
        String pupil = api.base + "/api/schools/" + SCHOOL + "/pupils/LL-H3";
        String personHold = IncidentApi.field(Http.post(pupil + "/legal-holds", coordinator(),
                "{\"reason\":\"Klacht bij de klachtencommissie.\"}").body(), "holdId");
        String incidentHold = IncidentApi.field(Http.post(incident(id) + "/legal-holds", coordinator(),
                "{\"reason\":\"Aangifte loopt.\"}").body(), "holdId");
        assertThat(IncidentApi.delete(pupil + "/legal-holds/" + personHold, coordinator()).status()).isEqualTo(204);
        String second = IncidentApi.field(Http.post(pupil + "/legal-holds", coordinator(),
                "{\"reason\":\"Verzoek van de advocaat.\"}").body(), "holdId");

        var chronology = IncidentApi.json(Http.get(pupil + "/chronology", coordinator()).body());
        var holds = chronology.get("legalHolds");
        assertThat(holds.size()).isEqualTo(2);
        assertThat(holds.get(0).get("holdId").asString()).isEqualTo(personHold);
        assertThat(holds.get(0).get("reason").asString()).isEqualTo("Klacht bij de klachtencommissie.");
        assertThat(holds.get(0).get("liftedAt").isNull()).as("lifted, and still listed").isFalse();
        assertThat(holds.get(1).get("holdId").asString()).isEqualTo(second);
        assertThat(holds.get(1).get("liftedAt").isNull()).isTrue();
        assertThat(chronology.get("incidentHolds").findValuesAsString("holdId")).containsExactly(incidentHold);
        assertThat(chronology.get("incidentHolds").get(0).get("incidentId").asString()).isEqualTo(id);
    }

    @Test
    void the_boards_retention_policy_decides_when_personal_data_expires() {
        String admin = IncidentApi.admin(OTHER_BOARD);
        String policy = api.base + "/api/boards/" + OTHER_BOARD + "/incidents/retention-policy";
        assertThat(Http.get(policy, admin).body()).contains("\"monthsAfterClosure\":24");
        assertThat(IncidentApi.put(policy, admin, "{\"monthsAfterClosure\":0}").status()).isEqualTo(400);
        assertThat(IncidentApi.put(policy, admin, "{\"monthsAfterClosure\":36}").status()).isEqualTo(200);
        assertThat(Http.get(policy, admin).body()).contains("\"monthsAfterClosure\":36");
        String id = closedIncident(OTHER_BOARD, OTHER_BOARD_SCHOOL, "LL-H3", "Tim Visser");

        clock.advance(MONTH.multipliedBy(25));
        assertThat(retention.run().expired()).extracting(Object::toString).doesNotContain(id);
        clock.advance(MONTH.multipliedBy(12));
        assertThat(retention.run().expired()).extracting(Object::toString).contains(id);
        assertThat(Http.get(api.incidents(OTHER_BOARD_SCHOOL) + "/" + id, admin).body()).doesNotContain("Tim Visser");
    }

    private String closedIncident(String board, String school, String reference, String name) {
        String id = api.report(school, IncidentApi.admin(board), IncidentApi.body("BULLYING",
                IncidentApi.pupil(reference, "VICTIM", name)));
        assertThat(api.triage(board, school, id, "staff-h").status()).isEqualTo(204);
        assertThat(api.close(board, school, id).status()).isEqualTo(204);
        return id;
    }
}
