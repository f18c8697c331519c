package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.platform.test.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Crypto-shredding end to end: a pupil's name is never plain text in the event store or on Kafka, and after the
 * pupil's erasure it is gone from the API and every read model while the rest of the incident stays intact.
 */
class CryptoShreddingIT extends IncidentServiceIT {

    @Test
    void an_erased_pupils_name_is_gone_from_the_api_kafka_the_event_store_and_the_read_models_and_the_rest_is_intact() {
        String victim = "Fleur Vermeulen-Zwart";
        String perpetrator = "Daan Hoogeveen";
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING",
                IncidentApi.pupil("LL-FVZ-77", "VICTIM", victim) + ","
                        + IncidentApi.pupil("LL-DH-78", "PERPETRATOR", perpetrator)));
        assertThat(Http.get(incident(id), coordinator()).body()).contains(victim, perpetrator, "LL-FVZ-77");
        assertThat(eventStoreText()).doesNotContain(victim, "Vermeulen", "LL-FVZ-77", perpetrator);
        assertThat(topicText(id, "nl.koers.incident.IncidentReported.v1")).doesNotContain(victim, "Vermeulen", "LL-FVZ-77", perpetrator);

        Http.Response erased = Http.post(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-FVZ-77/erasure",
                coordinator(), "{}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        JsonNode receipt = IncidentApi.json(erased.body());
        assertThat(receipt.get("incidents").findValuesAsString("incidents")).isEmpty();
        assertThat(erased.body()).contains(id, "incident/" + id + "/person/", "\"erasedBy\":\"coordinator-12AB00\"")
                .doesNotContain(victim, "LL-FVZ-77");

        JsonNode view = IncidentApi.json(Http.get(incident(id), coordinator()).body());
        JsonNode v = view.get("involved").get(0);
        JsonNode p = view.get("involved").get(1);
        assertThat(v.get("erased").asBoolean()).isTrue();
        assertThat(v.get("name").isNull()).isTrue();
        assertThat(v.get("reference").isNull()).isTrue();
        assertThat(v.get("role").asString()).isEqualTo("VICTIM");
        assertThat(p.get("name").asString()).isEqualTo(perpetrator);
        assertThat(p.get("erased").asBoolean()).isFalse();
        assertThat(view.get("description").asString()).isEqualTo(IncidentApi.DESCRIPTION);
        assertThat(view.get("category").asString()).isEqualTo("BULLYING");
        assertThat(Http.get(incident(id), coordinator()).body()).doesNotContain(victim, "LL-FVZ-77");

        assertThat(eventStoreText()).doesNotContain(victim, "Vermeulen", "LL-FVZ-77");
        String topic = topicText(id, "nl.koers.incident.PersonDataErased.v1",
                "nl.koers.incident.ErasureReceiptIssued.v1");
        assertThat(topic).doesNotContain(victim, "Vermeulen", "LL-FVZ-77")
                .contains("nl.koers.incident.PersonDataErased.v1", "nl.koers.incident.ErasureReceiptIssued.v1");
        assertThat(readModelText()).doesNotContain(victim, "LL-FVZ-77").contains("LL-DH-78");
        assertThat(Http.get(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-FVZ-77/chronology", coordinator()).status())
                .isEqualTo(404);
        assertThat(Http.get(api.base + "/api/boards/" + BOARD + "/incidents/erasure-receipts", IncidentApi.admin(BOARD))
                .body()).contains(receipt.get("receiptId").asString()).doesNotContain(victim, "LL-FVZ-77");
    }

    @Test
    void erasing_the_victim_leaves_the_perpetrator_intact_and_vice_versa_and_each_chronology_shows_its_own_role() {
        String first = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("PHYSICAL_VIOLENCE",
                IncidentApi.pupil("LL-MV", "VICTIM", "Mila Veenstra") + ","
                        + IncidentApi.pupil("LL-MP", "PERPETRATOR", "Milan Post")));
        String second = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING",
                IncidentApi.pupil("LL-MV2", "VICTIM", "Noor de Wit") + ","
                        + IncidentApi.pupil("LL-MP2", "PERPETRATOR", "Bram Kok")));
        assertThat(roles("LL-MV")).containsExactly("VICTIM");
        assertThat(roles("LL-MP")).containsExactly("PERPETRATOR");

        assertThat(erase("LL-MV")).isEqualTo(200);
        String afterVictim = Http.get(incident(first), coordinator()).body();
        assertThat(afterVictim).contains("Milan Post").doesNotContain("Mila Veenstra");
        assertThat(roles("LL-MP")).containsExactly("PERPETRATOR");

        assertThat(erase("LL-MP2")).isEqualTo(200);
        String afterPerpetrator = Http.get(incident(second), coordinator()).body();
        assertThat(afterPerpetrator).contains("Noor de Wit").doesNotContain("Bram Kok");
        assertThat(roles("LL-MV2")).containsExactly("VICTIM");
    }

    @Test
    void a_parent_named_in_an_incident_is_erased_by_person_id_without_touching_the_pupil() {
        String id = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("VERBAL_VIOLENCE",
                IncidentApi.pupil("LL-PA", "VICTIM", "Sem Bakker") + ","
                        + "{\"kind\":\"PARENT\",\"role\":\"PERPETRATOR\",\"name\":\"Ouder Bakker-Smit\"}"));
        JsonNode parent = IncidentApi.json(Http.get(incident(id), coordinator()).body()).get("involved").get(1);
        Http.Response erased = Http.post(incident(id) + "/persons/" + parent.get("personId").asString() + "/erasure",
                coordinator(), "{}");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(Http.get(incident(id), coordinator()).body()).contains("Sem Bakker").doesNotContain("Bakker-Smit");
    }

    private int erase(String reference) {
        return Http.post(api.base + "/api/schools/" + SCHOOL + "/pupils/" + reference + "/erasure", coordinator(), "{}")
                .status();
    }

    private java.util.List<String> roles(String reference) {
        Http.Response chronology = Http.get(api.base + "/api/schools/" + SCHOOL + "/pupils/" + reference + "/chronology",
                coordinator());
        assertThat(chronology.status()).as(chronology.body()).isEqualTo(200);
        return IncidentApi.json(chronology.body()).get("incidents").findValuesAsString("role");
    }
}
