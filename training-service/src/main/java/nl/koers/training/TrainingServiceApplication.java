package nl.koers.training;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
/** Training: catalogue, sessions, enrolment, certificates, coverage. Scheduling runs the daily coverage recompute. */
public class TrainingServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(TrainingServiceApplication.class, args);
    }

    /** Aggregates ask this clock what "now" is (deadlines, attendance), so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
