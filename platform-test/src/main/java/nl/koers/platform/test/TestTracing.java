package nl.koers.platform.test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Keeps every finished span of the service under test in memory ({@code @Import(TestTracing.class)}); Boot's
 * OpenTelemetry configuration exports to it next to any other exporter.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTracing {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    InMemorySpanExporter inMemorySpanExporter() {
        return InMemorySpanExporter.create();
    }

    /** A sampled W3C {@code traceparent} for a new trace, as a gateway would send it. */
    public static String newTraceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    public static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    /** The finished spans of one trace. */
    public static List<SpanData> spansOf(InMemorySpanExporter exporter, String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
