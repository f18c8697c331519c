package nl.koers.platform.observe;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness includes the broker: a service that cannot publish or consume should get no traffic. Not part of
 * liveness: restarting a pod does not bring a broker back.
 */
public class KafkaHealth extends AbstractHealthIndicator {
    private final KafkaProbe probe;

    public KafkaHealth(KafkaProbe probe) {
        super("Kafka unreachable");
        this.probe = probe;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.up().withDetail("brokers", probe.brokers());
    }
}
