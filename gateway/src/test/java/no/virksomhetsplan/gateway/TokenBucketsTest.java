package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import no.virksomhetsplan.gateway.GatewayProperties.Limit;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(now::get);
    private final Limit limit = new Limit(3, 2);

    @Test
    void aBurstPassesThenTheNextWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a", limit)).isZero();
        }
        long wait = buckets.take("a", limit);

        // 2 tokens a second: the next one is back in half a second.
        assertThat(wait).isEqualTo(TimeUnit.MILLISECONDS.toNanos(500));
    }

    @Test
    void tokensComeBackAtTheConfiguredRateButNeverAboveTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a", limit);
        }
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(buckets.take("a", limit)).isZero();
        assertThat(buckets.take("a", limit)).isPositive();

        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a", limit)).isZero();
        }
        assertThat(buckets.take("a", limit)).isPositive();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a", limit);
        }
        assertThat(buckets.take("a", limit)).isPositive();
        assertThat(buckets.take("b", limit)).isZero();
    }

    @Test
    void fullBucketsAreForgottenBySweeping() {
        buckets.take("a", limit);
        buckets.take("b", limit);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        buckets.take("b", limit);

        buckets.sweep(now.get());

        assertThat(buckets.size()).isEqualTo(1);
    }
}
