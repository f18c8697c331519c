package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.security.SecurityMatrix;
import nl.koers.platform.test.security.SecurityMatrix.Call;
import nl.koers.platform.test.security.SecurityMatrix.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every incident endpoint × every role × own school / other school / other board, from docs/security.md. Each call
 * gets a fresh incident in the state its endpoint needs, with the caller as handler or reporter where that is the
 * rule, so an allowed call is really allowed (2xx) and a refused one is refused by scope or role only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"koers.incident.retention-job=-", "koers.incident.report-deadline-job=-"})
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "incident_matrix");
    }

    @LocalServerPort
    int port;
    IncidentApi api;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        api = new IncidentApi(port);
        return SecurityMatrix.tests("incident-service", this::call);
    }

    private Http.Response call(Call call) {
        Target target = call.target();
        String board = target.board;
        String school = target.school;
        String path = call.path();
        String caller = call.token() == null ? "nobody" : IncidentApi.subject(call.token());
        String body = "{}";
        switch (call.rule().id()) {
            case "incident.report" -> body = IncidentApi.body("BULLYING", IncidentApi.pupil("LL-1", "VICTIM", null));
            case "incident.triage" -> {
                path = incident(path, api.report(board, school));
                body = "{\"handler\":\"handler-1\"}";
            }
            case "incident.action" -> {
                path = incident(path, triaged(board, school, caller));
                body = "{\"type\":\"CONVERSATION_WITH_PUPIL\",\"performedAt\":\"2026-11-20T11:00:00Z\"}";
            }
            case "incident.close" -> {
                path = incident(path, triaged(board, school, "handler-1"));
                body = "{\"evaluation\":\"Afgerond na gesprekken.\"}";
            }
            case "incident.reopen" -> {
                String id = triaged(board, school, "handler-1");
                assertThat(api.close(board, school, id).status()).isEqualTo(204);
                path = incident(path, id);
                body = "{\"reason\":\"Het gedrag kwam terug.\"}";
            }
            case "incident.confidential", "incident.correct" -> {
                Http.Response own = Http.post(api.incidents(school), call.token(),
                        IncidentApi.body("BULLYING", IncidentApi.pupil("LL-2", "VICTIM", null)));
                path = incident(path, own.status() == 201 ? IncidentApi.field(own.body(), "incidentId")
                        : api.report(board, school));
                body = "{\"category\":\"CYBERBULLYING\",\"reason\":\"Het gebeurde in de groepsapp.\"}";
            }
            case "incident.meldcode.start" -> path = incident(path, triaged(board, school, caller));
            case "incident.meldcode.step" -> {
                path = incident(path, meldcode(board, school, caller, 0));
                body = "{\"step\":\"MAP_SIGNS\",\"decision\":\"Signalen vastgelegd.\"}";
            }
            case "incident.meldcode.skip" -> {
                path = incident(path, meldcode(board, school, caller, 1));
                body = "{\"step\":\"CONSULT\",\"reason\":\"Veilig Thuis was al betrokken.\"}";
            }
            case "incident.meldcode.decision" -> {
                path = incident(path, meldcode(board, school, caller, 4));
                body = "{\"outcome\":\"ORGANISE_HELP\",\"reasoning\":\"Hulp via het wijkteam.\"}";
            }
            case "incident.hold.place" -> {
                path = incident(path, api.report(board, school));
                body = "{\"reason\":\"Rechtszaak aangekondigd.\"}";
            }
            case "incident.hold.lift" -> {
                String id = api.report(board, school);
                Http.Response hold = Http.post(api.incidents(school) + "/" + id + "/legal-holds",
                        IncidentApi.admin(board), "{\"reason\":\"Rechtszaak.\"}");
                path = incident(path, id).replace("{holdId}", IncidentApi.field(hold.body(), "holdId"));
            }
            case "incident.person.erasure" -> {
                String id = api.report(board, school);
                String view = Http.get(api.incidents(school) + "/" + id, IncidentApi.admin(board)).body();
                path = incident(path, id).replace("{personId}", IncidentApi.field(view, "personId"));
            }
            case "incident.transfer.read" -> path = path.replace("{transferId}", transfer(board, school, other(target)));
            case "incident.transfer.acknowledge" ->
                    path = path.replace("{transferId}", transfer(board, other(target), school));
            case "incident.pupil.chronology", "incident.pupil.hold.place" -> {
                path = path.replace("{reference}", pupilWithIncident(board, school));
                body = "{\"reason\":\"Rechtszaak aangekondigd.\"}";
            }
            case "incident.pupil.erasure" -> path = path.replace("{reference}", pupilWithIncident(board, school));
            case "incident.pupil.hold.lift" -> {
                String reference = pupilWithIncident(board, school);
                Http.Response hold = Http.post(api.base + "/api/schools/" + school + "/pupils/" + reference
                        + "/legal-holds", IncidentApi.admin(board), "{\"reason\":\"Rechtszaak.\"}");
                path = path.replace("{reference}", reference).replace("{holdId}", IncidentApi.field(hold.body(), "holdId"));
            }
            case "incident.pupil.transfer" -> {
                path = path.replace("{reference}", pupilWithIncident(board, school));
                body = "{\"toSchool\":\"" + (other(target) == null ? "13BA00" : other(target)) + "\"}";
            }
            case "incident.retention.set" -> body = "{\"monthsAfterClosure\":24}";
            default -> path = incident(path, api.report(board, school));
        }
        String url = api.base + path;
        return switch (call.rule().method()) {
            case "POST" -> Http.post(url, call.token(), body);
            case "GET" -> Http.get(url, call.token());
            case "PUT" -> IncidentApi.put(url, call.token(), body);
            case "DELETE" -> IncidentApi.delete(url, call.token());
            default -> throw new IllegalArgumentException(call.rule().method());
        };
    }

    private static String incident(String path, String id) {
        return path.replace("{incidentId}", id);
    }

    private String triaged(String board, String school, String handler) {
        String id = api.report(board, school);
        assertThat(api.triage(board, school, id, handler).status()).isEqualTo(204);
        return id;
    }

    /** A triaged incident under the Meldcode with {@code steps} steps taken (the caller is the handler). */
    private String meldcode(String board, String school, String handler, int steps) {
        String id = triaged(board, school, handler);
        String coordinator = IncidentApi.coordinator(board, school);
        String base = api.incidents(school) + "/" + id + "/meldcode";
        assertThat(Http.post(base, coordinator, "{}").status()).isEqualTo(204);
        for (String step : List.of("MAP_SIGNS", "CONSULT", "TALK", "WEIGH").subList(0, steps)) {
            assertThat(Http.post(base + "/steps", coordinator,
                    "{\"step\":\"" + step + "\",\"decision\":\"Vastgelegd.\"}").status()).isEqualTo(204);
        }
        return id;
    }

    private String pupilWithIncident(String board, String school) {
        String reference = "LL-" + UUID.randomUUID().toString().substring(0, 8);
        api.report(school, IncidentApi.admin(board), IncidentApi.body("BULLYING",
                IncidentApi.pupil(reference, "VICTIM", null)));
        return reference;
    }

    /** A transfer from one school of board A to the other; the other board has one school (any id answers 404). */
    private String transfer(String board, String from, String to) {
        if (from == null || to == null) {
            return UUID.randomUUID().toString();
        }
        String reference = pupilWithIncident(board, from);
        Http.Response sent = Http.post(api.base + "/api/schools/" + from + "/pupils/" + reference + "/transfers",
                IncidentApi.admin(board), "{\"toSchool\":\"" + to + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return IncidentApi.field(sent.body(), "transferId");
    }

    private static String other(Target target) {
        return switch (target) {
            case OWN_SCHOOL -> Target.OTHER_SCHOOL_SAME_BOARD.school;
            case OTHER_SCHOOL_SAME_BOARD -> Target.OWN_SCHOOL.school;
            case SCHOOL_OF_OTHER_BOARD -> null;
        };
    }
}
