package nl.koers.platform.observe;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * One admin connection per service for what operators ask of the broker: is it reachable (readiness), and how far a
 * consumer group trails the topics (lag as the broker sees it, which keeps rising while a consumer is paused or
 * down, unlike the consumer's own fetch metrics, which exist only while it runs).
 */
public class KafkaProbe implements DisposableBean {
    private final KafkaAdmin config;
    private final Duration timeout;
    private volatile Admin admin;

    public KafkaProbe(KafkaAdmin config, Duration timeout) {
        this.config = config;
        this.timeout = timeout;
    }

    /** The number of brokers in the cluster; throws when none answers within the timeout. */
    public int brokers() throws InterruptedException, ExecutionException, TimeoutException {
        return admin().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
    }

    /** Records on each topic not yet consumed by the group (end offset minus committed offset, summed per topic). */
    public Map<String, Long> lag(String group, Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Admin client = admin();
        long wait = timeout.toMillis();
        Map<TopicPartition, Long> ends = endOffsets(client, topics, wait);
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(wait, TimeUnit.MILLISECONDS);
        Map<String, Long> lag = new TreeMap<>();
        topics.forEach(topic -> lag.put(topic, 0L));
        ends.forEach((partition, end) -> {
            OffsetAndMetadata done = committed.get(partition);
            long behind = end - (done == null ? 0 : done.offset());
            lag.merge(partition.topic(), Math.max(behind, 0), Long::sum);
        });
        return lag;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin client, Set<String> topics, long wait)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = client.describeTopics(topics).allTopicNames()
                .get(wait, TimeUnit.MILLISECONDS).values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> offsets = client.listOffsets(latest).all()
                .get(wait, TimeUnit.MILLISECONDS);
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(config.getConfigurationProperties());
                }
                current = admin;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}
