package nl.koers.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what is really on a topic, from the beginning, with a throw-away consumer. */
public final class TopicReader {
    private TopicReader() {
    }

    /**
     * Reads until at least {@code atLeast} records were seen and then for {@code quiet} more with nothing new, or
     * until {@code timeout}; so a test can also prove that nothing more arrives.
     */
    public static List<ConsumerRecord<String, String>> read(String bootstrap, String topic, int atLeast,
                                                             Duration quiet, Duration timeout) {
        // No consumer group: assigning the partitions directly avoids a group join, which on a fresh broker
        // waits for the offsets topic to be created.
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            Instant lastNew = Instant.now();
            while (Instant.now().isBefore(deadline)) {
                var batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    lastNew = Instant.now();
                }
                if (records.size() >= atLeast && Instant.now().isAfter(lastNew.plus(quiet))) {
                    break;
                }
            }
        }
        return records;
    }
}
