package nl.koers.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.security.SecurityMatrix;
import nl.koers.platform.test.security.SecurityMatrix.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Every plan endpoint × every role × own school / other school / other board, from docs/security.md. */
class SecurityMatrixIT extends PlanIntegrationTest {
    static final String YEAR = "2026-2027";
    static final Map<Target, Map<String, String>> IDS = new EnumMap<>(Target.class);

    static final String PRESET = """
            {"title":"Preset","topics":[{"block":"VISIE","topicId":"visie.kernwaarden","title":"Visie",
             "text":"Bestuurstekst"}]}""";

    /** A valid body for every endpoint that takes one, by the path's last segment(s). */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("/year/{schoolYear}", "{}"),
            Map.entry("/topics/{topicId}", "{\"text\":\"Matrixtekst\"}"),
            Map.entry("/topics", "{\"title\":\"Eigen onderwerp\"}"),
            Map.entry("/goals", "{\"title\":\"Doel\"}"),
            Map.entry("/goals/{goalId}", "{\"title\":\"Doel, herzien\",\"achieved\":true}"),
            Map.entry("/action-points", "{\"title\":\"Actie\",\"block\":\"HANDELEN\",\"dueDate\":\"2027-01-31\"}"),
            Map.entry("/action-points/{actionPointId}", "{\"status\":\"IN_PROGRESS\"}"),
            Map.entry("/coordinator", "{\"userId\":\"ib-er\"}"),
            Map.entry("/contributors", "{\"userIds\":[\"staff-x\"]}"),
            Map.entry("/duty-details", "{\"antiBullyingProgramme\":\"KiVa\"}"),
            Map.entry("/partners", "{\"kind\":\"GGD\",\"organisation\":\"GGD Groningen\"}"),
            Map.entry("/partners/{partnerId}", "{\"kind\":\"GGD\",\"organisation\":\"GGD Groningen-Noord\"}"),
            Map.entry("/start-of-year", "{\"date\":\"2026-09-01\",\"themes\":[]}"),
            Map.entry("/end-of-year", "{\"date\":\"2026-11-01\",\"themes\":[]}"),
            Map.entry("/learning-needs", "{\"needs\":[\"Intervisie\"]}"),
            Map.entry("/documents", "{\"title\":\"Protocol\",\"kind\":\"PROTOCOL\",\"location\":\"Kast\"}"),
            Map.entry("/evaluation", "{\"evaluatedOn\":\"2026-11-01\",\"whatWorked\":\"Veel\"}"),
            Map.entry("/plan-presets", PRESET),
            Map.entry("/plan-presets/{presetId}", PRESET),
            Map.entry("/applications", "{\"schools\":[\"12AB00\"]}"),
            Map.entry("/activation", "{\"active\":false}"));

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        for (Target target : Target.values()) {
            IDS.put(target, records(target));
        }
        return SecurityMatrix.tests("plan-service", call -> {
            String path = call.path().replace("{schoolYear}", YEAR).replace("{block}", "VISIE")
                    .replace("{topicId}", "visie.kernwaarden").replace("{ruleSetId}", "wet-vrij-en-veilig-onderwijs.v1");
            for (var id : IDS.get(call.target()).entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            String rulePath = call.rule().path();
            String body = BODIES.entrySet().stream().filter(e -> rulePath.endsWith(e.getKey()))
                    .max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                    .map(Map.Entry::getValue).orElse(null);
            return switch (call.rule().method()) {
                case "GET" -> Http.get(url(path), call.token());
                case "POST" -> Http.post(url(path), call.token(), body);
                default -> send(call.rule().method(), path, call.token(), body);
            };
        });
    }

    /** A plan with one of everything at the target school, and a preset of the target's board. */
    private Map<String, String> records(Target target) {
        String admin = TestTokens.issuer().token("admin", target.board, List.of(), "board-admin");
        String coordinator = TestTokens.issuer().token("coord", target.board, List.of(target.school), "coordinator");
        String plans = "/api/schools/" + target.school + "/plans";
        String planId = field(put(plans + "/year/" + YEAR, admin, "{}").body(), "planId");
        String plan = plans + "/" + planId;
        String preset = "/api/boards/" + target.board + "/plan-presets";
        return Map.of("planId", planId,
                "goalId", created(Http.post(url(plan + "/goals"), coordinator, BODIES.get("/goals")), "goalId"),
                "actionPointId", created(Http.post(url(plan + "/action-points"), coordinator,
                        BODIES.get("/action-points")), "actionPointId"),
                "partnerId", created(Http.post(url(plan + "/partners"), coordinator, BODIES.get("/partners")),
                        "partnerId"),
                "documentId", created(Http.post(url(plan + "/documents"), coordinator, BODIES.get("/documents")),
                        "documentId"),
                "presetId", created(Http.post(url(preset), admin, PRESET), "presetId"));
    }

    private static String created(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return field(response.body(), field);
    }
}
