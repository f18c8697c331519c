package nl.koers.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.TestTokens;
import nl.koers.platform.test.security.SecurityMatrix;
import nl.koers.platform.test.security.SecurityMatrix.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every incident endpoint × every role × own school / other school / other board, from docs/security.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {
    static final Map<Target, String> INCIDENTS = new EnumMap<>(Target.class);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "incident_matrix");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        for (Target target : Target.values()) {
            String admin = TestTokens.issuer().token("admin", target.board, List.of(), "board-admin");
            Http.Response created = Http.post(url("/api/schools/" + target.school + "/incidents"), admin,
                    IncidentApiIT.VALID);
            assertThat(created.status()).isEqualTo(201);
            INCIDENTS.put(target, created.body().replaceAll(".*\"incidentId\":\"([^\"]+)\".*", "$1"));
        }
        return SecurityMatrix.tests("incident-service", call -> {
            String path = call.path().replace("{incidentId}", INCIDENTS.get(call.target()));
            return switch (call.rule().method()) {
                case "POST" -> Http.post(url(path), call.token(), IncidentApiIT.VALID);
                case "GET" -> Http.get(url(path), call.token());
                default -> throw new IllegalArgumentException(call.rule().method());
            };
        });
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
