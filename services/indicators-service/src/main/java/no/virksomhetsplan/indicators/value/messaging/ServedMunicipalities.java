package no.virksomhetsplan.indicators.value.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import no.virksomhetsplan.indicators.orgunit.domain.Units;

/**
 * The municipalities whose values this service takes: those listed as trusted issuers at start, and those onboarded
 * since (ADR 0014), known by their org tree in the replica. A municipality once found stays served; a name not found
 * is asked about again at most every {@link #RECHECK_NANOS} (its org tree may be on its way), and at most
 * {@link #MAX_UNKNOWN} such names are remembered, so records with invented names cost no query each.
 */
final class ServedMunicipalities implements Predicate<String> {

    static final long RECHECK_NANOS = 10_000_000_000L;
    static final int MAX_UNKNOWN = 1_000;

    private final Set<String> served = ConcurrentHashMap.newKeySet();
    private final Units units;
    private final LongSupplier nanoTime;
    /** Names not served when last asked, with when that was. Guarded by {@code this}. */
    private final Map<String, Long> notServedAt = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_UNKNOWN;
        }
    };

    ServedMunicipalities(Set<String> listed, Units units, LongSupplier nanoTime) {
        this.served.addAll(listed);
        this.units = units;
        this.nanoTime = nanoTime;
    }

    @Override
    public boolean test(String tenant) {
        if (served.contains(tenant)) {
            return true;
        }
        long now = nanoTime.getAsLong();
        synchronized (this) {
            Long askedAt = notServedAt.get(tenant);
            if (askedAt != null && now - askedAt < RECHECK_NANOS) {
                return false;
            }
            notServedAt.put(tenant, now);
        }
        if (units.knowsMunicipality(tenant)) {
            served.add(tenant);
            synchronized (this) {
                notServedAt.remove(tenant);
            }
            return true;
        }
        return false;
    }
}
