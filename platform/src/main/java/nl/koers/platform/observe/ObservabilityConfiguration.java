package nl.koers.platform.observe;

import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every service shows operators (ADR 0070): Kafka in readiness, the tenant ids in the log context, and the
 * trace context that follows events. Tracing and the propagator come from Boot's Micrometer Tracing (OpenTelemetry).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
public class ObservabilityConfiguration {

    @Bean
    KafkaProbe kafkaProbe(KafkaAdmin admin, @Value("${koers.observe.kafka-timeout:3s}") Duration timeout) {
        return new KafkaProbe(admin, timeout);
    }

    /** Named {@code kafka}: the readiness group includes it by that name. */
    @Bean(name = "kafkaHealthIndicator")
    KafkaHealth kafkaHealthIndicator(KafkaProbe probe) {
        return new KafkaHealth(probe);
    }

    /**
     * No observations of Spring Security's own steps (the filter chain, before and after, each authentication and
     * authorization): a dozen spans and timers per request that say only "the token was checked", at a cost of about a
     * fifth of a small request's CPU (ADR 0067). The request's own observation ({@code http.server.requests}) stays,
     * and a refused request still shows there with its status.
     */
    @Bean
    ObservationPredicate noSpringSecurityObservations() {
        return (name, context) -> !name.startsWith("spring.security.");
    }

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        // management.tracing.enabled=false leaves no tracer: then nothing is carried, and nothing fails.
        return new TraceContext(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebLogContext implements WebMvcConfigurer {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new TenantLogContext());
        }
    }
}
