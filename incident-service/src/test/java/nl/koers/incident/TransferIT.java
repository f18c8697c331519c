package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import nl.koers.platform.test.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A pupil's chronology moves to another school of the board; the receiving school acknowledges (the receipt). */
class TransferIT extends IncidentServiceIT {

    @Test
    void a_coordinator_transfers_a_pupils_chronology_and_the_receiving_school_acknowledges_it() {
        String first = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING",
                "{\"kind\":\"PUPIL\",\"role\":\"VICTIM\",\"reference\":\"LL-T1\",\"note\":\"Werd buitengesloten.\"}"));
        String second = api.report(SCHOOL, staff("staff-r"), IncidentApi.body("CYBERBULLYING",
                IncidentApi.pupil("LL-T1", "WITNESS", null)));
        Http.Response sent = Http.post(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-T1/transfers", coordinator(),
                "{\"toSchool\":\"" + OTHER_SCHOOL + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String transfer = IncidentApi.field(sent.body(), "transferId");

        String receiver = IncidentApi.coordinator(BOARD, OTHER_SCHOOL);
        String incoming = api.incidents(OTHER_SCHOOL) + "/transfers";
        assertThat(Http.get(incoming, receiver).body()).contains(transfer, "\"fromSchool\":\"" + SCHOOL + "\"");
        JsonNode read = IncidentApi.json(Http.get(incoming + "/" + transfer, receiver).body());
        assertThat(read.get("reference").asString()).isEqualTo("LL-T1");
        assertThat(read.get("incidents").findValuesAsString("incidentId")).containsExactlyInAnyOrder(first, second);
        assertThat(read.get("incidents").findValuesAsString("role")).containsExactlyInAnyOrder("VICTIM", "WITNESS");
        assertThat(read.get("incidents").findValuesAsString("note")).contains("Werd buitengesloten.");

        assertThat(Http.post(incoming + "/" + transfer + "/acknowledgement", receiver, "{}").status()).isEqualTo(204);
        assertThat(Http.post(incoming + "/" + transfer + "/acknowledgement", receiver, "{}").status()).isEqualTo(409);
        assertThat(Http.post(api.incidents(SCHOOL) + "/transfers/" + transfer + "/acknowledgement", coordinator(), "{}")
                .status()).isEqualTo(404);
        assertThat(Http.get(incoming + "/" + transfer, receiver).body()).contains("\"acknowledgedBy\":\"coordinator-12AC00\"");
        assertThat(topicText(transfer, "nl.koers.incident.ChronologyTransferred.v1",
                "nl.koers.incident.ChronologyTransferAcknowledged.v1")).doesNotContain("Werd buitengesloten", "LL-T1");
    }

    @Test
    void a_chronology_goes_only_to_a_school_of_the_same_board() {
        api.report(SCHOOL, staff("staff-r"), IncidentApi.body("BULLYING", IncidentApi.pupil("LL-T2", "VICTIM", null)));
        Http.Response refused = Http.post(api.base + "/api/schools/" + SCHOOL + "/pupils/LL-T2/transfers", coordinator(),
                "{\"toSchool\":\"" + OTHER_BOARD_SCHOOL + "\"}");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("\"field\":\"toSchool\"");
        assertThat(Http.get(api.incidents(OTHER_BOARD_SCHOOL) + "/transfers", IncidentApi.admin(OTHER_BOARD)).body())
                .isEqualTo("[]");
    }
}
