package nl.koers.projection.intake;

import java.sql.Connection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.koers.platform.events.CloudEvent;

/**
 * A replay (ADR 0054) that holds back, per key, the latest event that overwrites whatever the key's earlier events
 * wrote (a whole set of duties or of coverage rows, a topic's status), and applies only that one. Collapsing is exact
 * when the key's rows are written by nothing else in between: an event that may write them (its {@code scope}, the
 * first element of the keys it concerns) first releases what is held for that scope, so every key keeps its order. The
 * rest, and at the end of the chunk what is still held, goes to the read model's live code, its writes batched.
 */
public final class LatestPerKey implements Replay {
    private final ReadModelWrites writes;
    private final Consumer<CloudEvent> live;
    private final Function<Object, List<Object>> key;
    private final Function<Object, Object> scope;
    private final Map<List<Object>, CloudEvent> held = new LinkedHashMap<>();

    /**
     * @param key   of an overwriting event's data: its key, scope first; {@code null} for any other event
     * @param scope of any other event's data: the scope whose held keys it may write; {@code null} for none
     */
    public LatestPerKey(ReadModelWrites writes, Consumer<CloudEvent> live, Function<Object, List<Object>> key,
            Function<Object, Object> scope) {
        this.writes = writes;
        this.live = live;
        this.key = key;
        this.scope = scope;
    }

    @Override
    public void apply(CloudEvent event) {
        List<Object> overwrites = key.apply(event.data());
        if (overwrites != null) {
            held.put(overwrites, event);
            return;
        }
        Object touched = scope.apply(event.data());
        if (touched != null) {
            release(touched);
        }
        live.accept(event);
    }

    private void release(Object touched) {
        for (Iterator<Map.Entry<List<Object>, CloudEvent>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<List<Object>, CloudEvent> entry = it.next();
            if (entry.getKey().getFirst().equals(touched)) {
                live.accept(entry.getValue());
                it.remove();
            }
        }
    }

    /** After the chunk's other writes: nothing later in the chunk touched a held key, so its place is free. */
    @Override
    public void flush(Connection connection) {
        writes.batched(() -> {
            held.values().forEach(live);
            return null;
        });
        held.clear();
    }
}
