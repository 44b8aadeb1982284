package no.virksomhetsplan.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import no.virksomhetsplan.gateway.GatewayProperties.Limit;

/**
 * In-memory token buckets, one per key. A bucket holds up to {@code burst} tokens and gains {@code perSecond}
 * tokens a second; each request takes one. Buckets that have been full for a while are dropped now and then,
 * so memory stays bounded by the callers that were active recently. Per gateway replica: see ADR 0012.
 */
final class TokenBuckets {

    /** How often (in requests) idle buckets are swept. */
    private static final int SWEEP_EVERY = 10_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicLong requests = new AtomicLong();

    TokenBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    TokenBuckets() {
        this(System::nanoTime);
    }

    /** Takes a token for the key: 0 if the request may pass, otherwise the nanoseconds until a token is back. */
    long take(String key, Limit limit) {
        long now = nanoTime.getAsLong();
        if (requests.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, now)).take(limit, now);
    }

    int size() {
        return buckets.size();
    }

    /** Drops buckets that are full again: forgetting them changes nothing for their callers. */
    void sweep(long now) {
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private static final class Bucket {

        private double tokens;
        private long updated;
        private Limit limit;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        synchronized long take(Limit current, long now) {
            limit = current;
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double missing = 1 - tokens;
            return Math.max(1, (long) Math.ceil(missing / limit.perSecond() * TimeUnit.SECONDS.toNanos(1)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            double elapsedSeconds = (now - updated) / (double) TimeUnit.SECONDS.toNanos(1);
            if (elapsedSeconds > 0) {
                tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.perSecond());
                updated = now;
            }
        }
    }
}
