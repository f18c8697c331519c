package nl.koers.platform.observe;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}) across the hops that are not a direct call: a command's trace is
 * stored with its events (Axon metadata), the publisher continues it into the Kafka record's headers, and a
 * consumer continues it from there (Spring Kafka's listener observation). Without it a trace would end at the
 * commit, because the events are published later by a streaming processor on another thread.
 */
public final class TraceContext {
    public static final String TRACEPARENT = "traceparent";
    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span as {@code traceparent}, or nothing when no span is current (a scheduled job). */
    public Map<String, String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent);
    }

    /** A span continuing the given {@code traceparent}; a new trace when it is absent. Call {@link Span#end()}. */
    public Span start(String name, String traceparent, Span.Kind kind) {
        Span.Builder builder = traceparent == null
                ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get);
        return builder.name(name).kind(kind).start();
    }

    /** Writes the span's context as headers (at least {@code traceparent}) with the given setter. */
    public <C> void inject(Span span, C carrier, Propagator.Setter<C> setter) {
        propagator.inject(span.context(), carrier, setter);
    }
}
