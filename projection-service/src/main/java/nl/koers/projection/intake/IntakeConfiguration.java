package nl.koers.projection.intake;

import nl.koers.platform.events.UnreadableEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

@Configuration
class IntakeConfiguration {
    /**
     * A failing event is retried a few times (a database hiccup passes), then parked as a dead letter. An unreadable
     * event is parked at once: retrying cannot make it readable.
     */
    @Bean
    DefaultErrorHandler intakeErrorHandler(DeadLetters deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters::park, new FixedBackOff(500, 3));
        handler.addNotRetryableExceptions(UnreadableEvent.class);
        return handler;
    }
}
