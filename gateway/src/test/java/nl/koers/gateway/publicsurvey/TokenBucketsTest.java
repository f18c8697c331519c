package nl.koers.gateway.publicsurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import nl.koers.gateway.KoersGatewayProperties.Bucket;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private TokenBuckets buckets(int capacity, Duration refillPeriod, int maxKeys) {
        return new TokenBuckets(new Bucket(capacity, refillPeriod), maxKeys, now::get);
    }

    @Test
    void a_key_gets_its_capacity_at_once_and_then_is_refused_with_the_wait_for_one_token() {
        TokenBuckets buckets = buckets(3, Duration.ofMinutes(1), 100); // one token per 20 s
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryTake("code-a").allowed()).isTrue();
        }
        TokenBuckets.Decision refused = buckets.tryTake("code-a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void keys_have_separate_buckets() {
        TokenBuckets buckets = buckets(1, Duration.ofMinutes(1), 100);
        assertThat(buckets.tryTake("code-a").allowed()).isTrue();
        assertThat(buckets.tryTake("code-a").allowed()).isFalse();
        assertThat(buckets.tryTake("code-b").allowed()).isTrue();
    }

    @Test
    void tokens_refill_continuously_up_to_the_capacity() {
        TokenBuckets buckets = buckets(2, Duration.ofSeconds(2), 100); // one token per second
        buckets.tryTake("k");
        buckets.tryTake("k");
        assertThat(buckets.tryTake("k").allowed()).isFalse();

        now.addAndGet(Duration.ofMillis(500).toNanos());
        TokenBuckets.Decision halfway = buckets.tryTake("k");
        assertThat(halfway.allowed()).isFalse();
        assertThat(halfway.retryAfter()).isEqualTo(Duration.ofMillis(500));

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.tryTake("k").allowed()).isTrue();
        assertThat(buckets.tryTake("k").allowed()).isFalse();

        now.addAndGet(Duration.ofHours(1).toNanos()); // a long pause refills to the capacity, not beyond
        assertThat(buckets.tryTake("k").allowed()).isTrue();
        assertThat(buckets.tryTake("k").allowed()).isTrue();
        assertThat(buckets.tryTake("k").allowed()).isFalse();
    }

    @Test
    void idle_buckets_are_dropped_when_the_key_limit_is_reached() {
        TokenBuckets buckets = buckets(1, Duration.ofSeconds(1), 2);
        buckets.tryTake("a");
        buckets.tryTake("b");
        now.addAndGet(Duration.ofSeconds(1).toNanos()); // a and b are full again: forgetting them loses nothing
        assertThat(buckets.tryTake("c").allowed()).isTrue();
        assertThat(buckets.trackedKeys()).isEqualTo(1);
    }

    @Test
    void when_every_tracked_bucket_is_in_use_a_new_key_is_refused_so_memory_stays_bounded() {
        TokenBuckets buckets = buckets(1, Duration.ofSeconds(1), 2);
        buckets.tryTake("a");
        buckets.tryTake("b");
        TokenBuckets.Decision refused = buckets.tryTake("c");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(buckets.trackedKeys()).isEqualTo(2);
    }
}
