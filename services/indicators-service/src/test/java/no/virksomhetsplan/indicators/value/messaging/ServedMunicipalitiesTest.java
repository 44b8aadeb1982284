package no.virksomhetsplan.indicators.value.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import org.junit.jupiter.api.Test;

class ServedMunicipalitiesTest {

    /** Knows the municipalities in {@code trees}, and counts what it is asked. */
    private static final class Replica implements Units {
        final Set<String> trees = new java.util.HashSet<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean knowsMunicipality(String tenant) {
            asked.add(tenant);
            return trees.contains(tenant);
        }

        @Override
        public Map<UUID, Unit> byIds(String tenant, Collection<UUID> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Unit> byCodes(String tenant, Collection<String> codes) {
            throw new UnsupportedOperationException();
        }
    }

    private final Replica replica = new Replica();
    private final AtomicLong now = new AtomicLong();
    private final ServedMunicipalities served = new ServedMunicipalities(Set.of("fjordvik"), replica, now::get);

    @Test
    void aListedMunicipalityIsServedWithoutAsking() {
        assertThat(served.test("fjordvik")).isTrue();
        assertThat(replica.asked).isEmpty();
    }

    @Test
    void anOnboardedMunicipalityIsServedOnceItsTreeIsHereAndThenWithoutAskingAgain() {
        replica.trees.add("storby");

        assertThat(served.test("storby")).isTrue();
        assertThat(served.test("storby")).isTrue();
        assertThat(replica.asked).containsExactly("storby");
    }

    @Test
    void anUnknownNameIsAskedAboutAgainOnlyAfterTheRecheckInterval() {
        assertThat(served.test("atlantis")).isFalse();
        assertThat(served.test("atlantis")).isFalse();
        assertThat(replica.asked).containsExactly("atlantis");

        replica.trees.add("atlantis");
        now.addAndGet(ServedMunicipalities.RECHECK_NANOS);

        assertThat(served.test("atlantis")).isTrue();
        assertThat(replica.asked).containsExactly("atlantis", "atlantis");
    }

    @Test
    void atMostAThousandUnknownNamesAreRemembered() {
        for (int i = 0; i <= ServedMunicipalities.MAX_UNKNOWN; i++) {
            served.test("invented-" + i);
        }
        replica.asked.clear();

        served.test("invented-0");
        served.test("invented-" + ServedMunicipalities.MAX_UNKNOWN);

        assertThat(replica.asked).as("the oldest name was forgotten, the newest is remembered").containsExactly("invented-0");
    }
}
