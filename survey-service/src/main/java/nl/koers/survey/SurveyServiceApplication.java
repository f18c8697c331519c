package nl.koers.survey;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class SurveyServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(SurveyServiceApplication.class, args);
    }

    /** Windows, closing and the 1 June reminder ask this clock what "now" is, so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
