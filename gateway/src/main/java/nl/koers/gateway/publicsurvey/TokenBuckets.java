package nl.koers.gateway.publicsurvey;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import nl.koers.gateway.KoersGatewayProperties.Bucket;

/**
 * In-memory token buckets, one per key (an access code, a client address). A bucket holds up to {@code capacity}
 * tokens, refills continuously at {@code capacity} per {@code refillPeriod}, and each request takes one. Memory is
 * bounded: above {@code maxKeys} buckets, the ones that have refilled completely (idle keys) are dropped, which
 * loses nothing because a new bucket starts full. If every bucket is still in use (a flood of distinct keys), a new
 * key is refused until some refill: the memory bound holds, at the price of failing closed under such a flood.
 */
final class TokenBuckets {

    /** @param retryAfter how long until the next token, when not allowed (zero when allowed) */
    record Decision(boolean allowed, Duration retryAfter) {
    }

    private final int capacity;
    private final double tokensPerNano;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, State> buckets = new ConcurrentHashMap<>();
    private final Duration oneToken;
    private volatile long lastEviction;

    TokenBuckets(Bucket bucket, int maxKeys, LongSupplier nanoClock) {
        if (bucket.capacity() < 1 || bucket.refillPeriod().isNegative() || bucket.refillPeriod().isZero()) {
            throw new IllegalArgumentException("a bucket needs a capacity >= 1 and a positive refill period: " + bucket);
        }
        this.capacity = bucket.capacity();
        this.tokensPerNano = bucket.capacity() / (double) bucket.refillPeriod().toNanos();
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
        this.oneToken = Duration.ofNanos((long) Math.ceil(1 / tokensPerNano));
        this.lastEviction = nanoClock.getAsLong() - oneToken.toNanos();
    }

    Decision tryTake(String key) {
        long now = nanoClock.getAsLong();
        State state = buckets.get(key);
        if (state == null) {
            if (buckets.size() >= maxKeys && !evictFull(now)) {
                return new Decision(false, oneToken);
            }
            state = buckets.computeIfAbsent(key, k -> new State(capacity, now));
        }
        synchronized (state) {
            state.refill(now, capacity, tokensPerNano);
            if (state.tokens >= 1) {
                state.tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            return new Decision(false, Duration.ofNanos((long) Math.ceil((1 - state.tokens) / tokensPerNano)));
        }
    }

    int trackedKeys() {
        return buckets.size();
    }

    /** Drops the buckets that are full again; at most once per token interval (a scan costs O(keys)). */
    private boolean evictFull(long now) {
        if (now - lastEviction < oneToken.toNanos()) {
            return buckets.size() < maxKeys;
        }
        lastEviction = now;
        buckets.entrySet().removeIf(entry -> {
            State state = entry.getValue();
            synchronized (state) {
                state.refill(now, capacity, tokensPerNano);
                return state.tokens >= capacity;
            }
        });
        return buckets.size() < maxKeys;
    }

    private static final class State {
        private double tokens;
        private long updatedAt;

        State(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }

        void refill(long now, int capacity, double tokensPerNano) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
                updatedAt = now;
            }
        }
    }
}
