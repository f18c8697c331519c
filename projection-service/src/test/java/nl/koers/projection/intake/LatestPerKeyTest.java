package nl.koers.projection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koers.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

/** A rebuild applies only the latest overwriting event per key of a chunk, and never out of order (ADR 0054). */
class LatestPerKeyTest {
    /** Overwrites all rows of {@code key}, as a DutiesEvaluated does a plan's duties. */
    record Replace(String scope, String key, int version) {
    }

    /** May write rows of every key of {@code scope}, as a TopicAdded does a plan's topics. */
    record Add(String scope) {
    }

    final List<Object> live = new ArrayList<>();
    final LatestPerKey replay = new LatestPerKey(new ReadModelWrites(null), event -> live.add(event.data()),
            data -> data instanceof Replace r ? List.of(r.scope(), r.key()) : null,
            data -> data instanceof Add a ? a.scope() : null);

    @Test
    void only_the_last_overwrite_of_a_key_in_a_chunk_is_applied_at_its_end() {
        replay.apply(event(new Replace("plan-1", "duties", 1)));
        replay.apply(event(new Replace("plan-2", "duties", 1)));
        replay.apply(event(new Replace("plan-1", "duties", 2)));
        assertThat(live).isEmpty();

        replay.flush(null);

        assertThat(live).containsExactlyInAnyOrder(new Replace("plan-1", "duties", 2),
                new Replace("plan-2", "duties", 1));
    }

    @Test
    void an_event_that_may_write_a_held_scope_first_applies_what_is_held_for_it() {
        replay.apply(event(new Replace("plan-1", "topic-a", 1)));
        replay.apply(event(new Replace("plan-2", "topic-a", 1)));

        replay.apply(event(new Add("plan-1")));
        replay.apply(event(new Replace("plan-1", "topic-a", 2)));
        replay.flush(null);

        assertThat(live).containsExactly(new Replace("plan-1", "topic-a", 1), new Add("plan-1"),
                new Replace("plan-2", "topic-a", 1), new Replace("plan-1", "topic-a", 2));
    }

    @Test
    void other_events_pass_through_at_once() {
        replay.apply(event("something else"));

        assertThat(live).containsExactly("something else");
    }

    private static CloudEvent event(Object data) {
        return new CloudEvent("id", "koers-audit-trail", "test", "record", Instant.EPOCH, "41001", "12AB00", "u", data);
    }
}
