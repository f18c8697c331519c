package nl.koers.platform.test;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft, in this JVM) per test JVM, with the Koers topics created. */
public final class TestKafka {
    public static final String[] TOPICS = {"koers.incident.events", "koers.tenant.events", "koers.plan.events",
            "koers.survey.events", "koers.training.events"};
    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        }
        return broker.getBrokersAsString();
    }

    /** A separate broker on a given port: for tests that need a broker that is absent first and arrives later. */
    public static EmbeddedKafkaKraftBroker start(int port) {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        if (port > 0) {
            kafka.kafkaPorts(port);
        }
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "false", "log.retention.ms", "-1"));
        kafka.afterPropertiesSet();
        for (String topic : TOPICS) {
            kafka.addTopics(new NewTopic(topic, 3, (short) 1));
        }
        return kafka;
    }
}
