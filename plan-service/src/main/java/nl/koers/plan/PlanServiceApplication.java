package nl.koers.plan;

import java.time.Clock;
import java.time.ZoneId;
import nl.koers.plan.safetyplan.PlanCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PlanServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(PlanServiceApplication.class, args);
    }

    /** The aggregates ask this clock what "now" is, so tests can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlanCalendar planCalendar(Clock clock, @Value("${koers.plan.zone:Europe/Amsterdam}") String zone) {
        return new PlanCalendar(clock, ZoneId.of(zone));
    }
}
