package nl.koers.projection;

import java.util.stream.Stream;
import nl.koers.platform.tenant.SchoolDirectory;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.ServiceTestInfrastructure;
import nl.koers.platform.test.security.SecurityMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every projection endpoint × every role × own school / other school / other board, from docs/security.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestInfrastructure.register(registry, "projection_matrix");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void onboard(@Autowired SchoolDirectory directory) {
        SecurityMatrix.onboardTargets(directory);
    }

    @TestFactory
    Stream<DynamicTest> isolation_matrix() {
        return SecurityMatrix.tests("projection-service",
                call -> Http.get("http://127.0.0.1:" + port + call.path(), call.token()));
    }
}
