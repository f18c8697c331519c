package nl.koers.training;

import static nl.koers.training.Api.field;
import static nl.koers.training.Api.platformAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koers.contracts.training.CertificateId;
import nl.koers.contracts.training.SessionId;
import nl.koers.platform.id.UserId;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every training endpoint × every role × own school / other school / other board, from docs/security.md. The clock
 * stands during the session of 9 May 2028 (so attendance can be recorded); fresh sessions are planned for June.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrainingTestConfiguration.class)
class SecurityMatrixIT {
    static final String HELD = "2028-05-09";
    static final String LATER = "2028-06-01";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "training_matrix");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    Api api;
    String providerCourse;
    String providerSession;
    String providerLater;
    final Map<String, String> boardCourse = new HashMap<>();
    final Map<String, String> boardSession = new HashMap<>();
    final Map<String, String> boardLater = new HashMap<>();
    final Map<Target, String> certificates = new EnumMap<>(Target.class);

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        api = new Api(port);
        clock.reset();
        providerCourse = created(api.post("/api/training/courses", platformAdmin(), Api.COURSE), "courseId");
        providerSession = providerSession(HELD);
        providerLater = providerSession(LATER);
        for (String board : List.of(SecurityMatrix.BOARD_A, SecurityMatrix.BOARD_B)) {
            String course = created(api.post("/api/boards/" + board + "/training/courses", Api.boardAdmin(board),
                    Api.COURSE), "courseId");
            boardCourse.put(board, course);
            boardSession.put(board, boardSession(board, HELD));
            boardLater.put(board, boardSession(board, LATER));
            String school = board.equals(SecurityMatrix.BOARD_A) ? "12AB00" : "13BA00";
            enrol(boardSession.get(board), "att-" + board, board, school);
        }
        enrol(providerSession, "att-" + SecurityMatrix.BOARD_A, SecurityMatrix.BOARD_A, "12AB00");
        for (Target target : Target.values()) {
            enrol(providerSession, "cert-" + target.school, target.board, target.school);
        }
        clock.set(Instant.parse("2028-05-09T13:00:00Z")); // 15:00 in Dutch summer time: the session is on
        for (Target target : Target.values()) {
            assertThat(api.post("/api/training/sessions/" + providerSession + "/attendance", platformAdmin(),
                    "{\"participant\":\"cert-" + target.school + "\",\"attended\":true}").status()).isEqualTo(204);
            certificates.put(target, CertificateId.of(SessionId.parse(providerSession),
                    new UserId("cert-" + target.school)).toString());
        }
        return SecurityMatrix.tests("training-service", this::call);
    }

    private Http.Response call(Call call) {
        String token = call.token();
        String board = call.target().board;
        String path = call.path()
                .replace("{courseId}", call.rule().path().startsWith("/api/boards/") ? boardCourse.get(board) : providerCourse)
                .replace("{userId}", "cert-" + call.target().school)
                .replace("{certificateId}", certificates.get(call.target()))
                .replace("{role}", "coordinator").replace("{kind}", "COURSE");
        return switch (call.rule().id()) {
            case "training.provider.publish", "training.board.publish" -> api.post(path, token, Api.COURSE);
            case "training.provider.import" -> api.post(path, token, """
                    {"courses":[{"kind":"WORKSHOP","title":"Workshop","provider":"P","hours":2,"sessions":[%s]}]}"""
                    .formatted(Api.session(LATER, 10)));
            case "training.provider.schedule", "training.board.schedule" -> api.post(path, token, Api.session(LATER, 10));
            case "training.provider.reschedule" -> api.post(sessionPath(path, providerLater), token, Api.session(LATER, 10));
            case "training.board.reschedule" -> api.post(sessionPath(path, boardLater.get(board)), token,
                    Api.session(LATER, 10));
            case "training.provider.cancel" -> api.post(sessionPath(path, providerSession(LATER)), token,
                    "{\"reason\":\"matrix\"}");
            case "training.board.cancel" -> api.post(sessionPath(path, boardSession(board, LATER)), token,
                    "{\"reason\":\"matrix\"}");
            case "training.provider.participants", "training.sessions.read", "training.enrolments.school" ->
                    api.get(sessionPath(path, providerSession), token);
            case "training.board.participants" -> api.get(sessionPath(path, boardSession.get(board)), token);
            case "training.provider.attendance" -> api.post(sessionPath(path, providerSession), token,
                    "{\"participant\":\"att-" + SecurityMatrix.BOARD_A + "\",\"attended\":true}");
            case "training.board.attendance" -> api.post(sessionPath(path, boardSession.get(board)), token,
                    "{\"participant\":\"att-" + board + "\",\"attended\":true}");
            case "training.requirements.set" -> api.post(path, token,
                    "{\"role\":\"coordinator\",\"kind\":\"COURSE\",\"withinYears\":3}");
            case "training.requirements.remove" -> {
                api.post("/api/boards/" + board + "/training/requirements", Api.boardAdmin(board),
                        "{\"role\":\"coordinator\",\"kind\":\"COURSE\",\"withinYears\":3}");
                yield api.delete(path, token);
            }
            case "training.enrol" -> api.post(sessionPath(path, providerSession(LATER)), token, "{\"name\":\"Matrix\"}");
            case "training.enrol.cancel" -> {
                String session = providerSession(LATER);
                String enrolments = "/api/schools/" + call.target().school + "/training/sessions/" + session + "/enrolments";
                api.post(enrolments, token, "{\"name\":\"Matrix\"}");
                yield api.delete(enrolments + "/" + subject(token), token);
            }
            default -> {
                if (!"GET".equals(call.rule().method())) {
                    throw new IllegalArgumentException("no call for " + call.rule().id());
                }
                yield api.get(sessionPath(path, providerSession), token);
            }
        };
    }

    private static String sessionPath(String path, String session) {
        return path.replace("{sessionId}", session);
    }

    /** The caller's own id, read from the token's claims (the path names it for "cancel my enrolment"). */
    private static String subject(String token) {
        if (token == null || token.split("\\.").length < 2) {
            return "nobody";
        }
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return field(claims, "sub");
    }

    private String providerSession(String date) {
        return created(api.post("/api/training/courses/" + providerCourse + "/sessions", platformAdmin(),
                Api.session(date, 50)), "sessionId");
    }

    private String boardSession(String board, String date) {
        return created(api.post("/api/boards/" + board + "/training/courses/" + boardCourse.get(board) + "/sessions",
                Api.boardAdmin(board), Api.session(date, 50)), "sessionId");
    }

    private void enrol(String session, String person, String board, String school) {
        Http.Response enrolled = api.post("/api/schools/" + school + "/training/sessions/" + session + "/enrolments",
                Api.staff(person, board, school), "{\"name\":\"Deelnemer " + person + "\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    }

    private static String created(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return field(response.body(), field);
    }
}
