package nl.koers.tenant;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.security.SecurityMatrix;
import nl.koers.platform.test.security.SecurityMatrix.Call;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every tenant-service endpoint × every role × own school / other school / other board, from docs/security.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static String base;
    /** Per board (A, B): an import and an invited user that the paths with {importId} and {userId} point at. */
    private static final String[] IMPORTS = new String[2];
    private static final String[] USERS = new String[2];

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "tenant_matrix");
        registry.add("koers.provisioning.enabled", () -> "false");
    }

    @BeforeAll
    static void boards(@Autowired SchoolDirectory directory, @LocalServerPort int port) {
        base = "http://127.0.0.1:" + port;
        SecurityMatrix.onboardTargets(directory);
        List<String> boards = List.of(SecurityMatrix.BOARD_A, SecurityMatrix.BOARD_B);
        List<String> schools = List.of("12AB00", "13BA00");
        for (int i = 0; i < 2; i++) {
            String admin = TestTokens.issuer().token("setup-admin", boards.get(i), List.of(), "board-admin");
            String location = Api.location(base + "/api/boards/" + boards.get(i) + "/schools/import", admin, csv());
            IMPORTS[i] = location.substring(location.lastIndexOf('/') + 1);
            USERS[i] = Http.post(base + "/api/boards/" + boards.get(i) + "/users", admin, invite(schools.get(i)))
                    .body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
        }
    }

    /** A file with one school nobody has yet, so that every allowed import really starts one. */
    private static String csv() {
        int n = SEQUENCE.incrementAndGet();
        return "brin,location,name,sector,municipality,pupils\n9" + (n / 676 % 10) + (char) ('A' + n / 26 % 26)
                + (char) ('A' + n % 26) + ",00,Matrixschool,PO,Utrecht,100\n";
    }

    private static String invite(String school) {
        int n = SEQUENCE.incrementAndGet();
        return """
                {"username":"matrix-%d","email":"matrix-%d@example.nl","firstName":"Mat","lastName":"Rix",
                 "role":"staff","schools":["%s"]}""".formatted(n, n, school);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        return SecurityMatrix.tests("tenant-service", SecurityMatrixIT::call);
    }

    private static Http.Response call(Call call) {
        int board = call.target().board.equals(SecurityMatrix.BOARD_A) ? 0 : 1;
        String url = base + call.path().replace("{importId}", IMPORTS[board]).replace("{userId}", USERS[board])
                .replace("{role}", "staff");
        return switch (call.rule().id()) {
            case "tenant.board.onboard" -> {
                int n = SEQUENCE.incrementAndGet();
                yield Http.post(url, call.token(), """
                        {"boardId":"%d","name":"Stichting Matrix","firstAdmin":{"username":"matrix-board-%d",
                         "email":"matrix-board-%d@example.nl","firstName":"Mat","lastName":"Rix"}}"""
                        .formatted(49000 + n, n, n));
            }
            case "tenant.schools.import" -> Api.csv(url, call.token(), csv());
            case "tenant.users.invite" -> Http.post(url, call.token(), invite(call.target().school));
            case "tenant.users.grant" -> Http.post(url, call.token(),
                    "{\"role\":\"staff\",\"schools\":[\"" + call.target().school + "\"]}");
            case "tenant.users.revoke" -> Api.delete(url, call.token());
            case "tenant.users.reinvite" -> Http.post(url, call.token(), "{}");
            default -> Http.get(url, call.token());
        };
    }
}
