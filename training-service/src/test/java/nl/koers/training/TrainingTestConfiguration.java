package nl.koers.training;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the service under test a clock the test can set. */
@TestConfiguration
public class TrainingTestConfiguration {
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

}
