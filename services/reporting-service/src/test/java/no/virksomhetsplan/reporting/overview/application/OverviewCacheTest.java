package no.virksomhetsplan.reporting.overview.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.reporting.overview.application.OverviewCache.Entry;
import no.virksomhetsplan.reporting.overview.application.OverviewCache.Key;
import org.junit.jupiter.api.Test;

/** The cache's rules on their own: the version must match, bytes are bounded, least recently used go first. */
class OverviewCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final OverviewCache cache = new OverviewCache(null, null, 1_000, new SimpleMeterRegistry());

    @Test
    void anAnswerHoldsOnlyAtItsVersionAndDay() {
        Key key = key();
        cache.put(key, entry(7, 100));
        assertThat(cache.get(key, 7)).isPresent();
        assertThat(cache.get(key, 8)).as("the data changed since").isEmpty();
        assertThat(cache.get(new Key("fjordvik", key.unit(), "2027", TODAY.plusDays(1)), 7))
                .as("another day").isEmpty();
        assertThat(cache.get(new Key("nordlia", key.unit(), "2027", TODAY), 7)).as("another municipality").isEmpty();
    }

    @Test
    void anAnswerBuiltAtAnOlderVersionNeverReplacesANewerOne() {
        Key key = key();
        cache.put(key, entry(9, 100));
        cache.put(key, entry(8, 100));
        assertThat(cache.get(key, 9)).isPresent();
        assertThat(cache.bytes()).isEqualTo(100);
    }

    @Test
    void theBytesHeldStayWithinTheCapLeastRecentlyUsedFirst() {
        Key first = key();
        Key second = key();
        Key third = key();
        cache.put(first, entry(1, 400));
        cache.put(second, entry(1, 400));
        assertThat(cache.get(first, 1)).isPresent();
        cache.put(third, entry(1, 400));
        assertThat(cache.bytes()).isEqualTo(800);
        assertThat(cache.get(second, 1)).as("least recently used").isEmpty();
        assertThat(cache.get(first, 1)).isPresent();
        assertThat(cache.get(third, 1)).isPresent();
        cache.put(key(), entry(1, 1_001));
        assertThat(cache.size()).as("an answer larger than the cap is not kept").isEqualTo(2);
    }

    private static Key key() {
        return new Key("fjordvik", UUID.randomUUID(), "2027", TODAY);
    }

    private static Entry entry(long version, int bytes) {
        return new Entry(version, new byte[bytes], "\"" + version + "\"");
    }
}
