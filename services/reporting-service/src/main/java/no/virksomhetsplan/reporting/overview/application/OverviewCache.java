package no.virksomhetsplan.reporting.overview.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.overview.application.StatusOverview.Overview;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.persistence.JdbcDataVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Serialized status overviews of this replica, each with the municipality's data version it was built at (ADR 0031).
 * An answer is served only while the version and the day (late checklists and overdue deviations depend on it) are
 * unchanged; the caller's access to the unit is checked before every lookup. The freshness block is not part of it
 * (it moves with every event of any municipality): the caller adds it to every answer.
 * Least recently used answers go first when the bytes held would pass {@code reporting.overview-cache.max-bytes}.
 */
@Component
public class OverviewCache {

    /** What an answer depends on besides the data: the unit (resolved and checked), the period and the day. */
    public record Key(String tenant, UUID unit, String period, LocalDate today) {
    }

    /**
     * @param version the municipality's data version read before the answer was built
     * @param body    the serialized answer as the caller rendered it
     * @param etag    an entity tag of the body
     */
    public record Entry(long version, byte[] body, String etag) {
    }

    private final StatusOverview overview;
    private final JdbcDataVersion version;
    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private final Counter hits;
    private final Counter misses;

    OverviewCache(StatusOverview overview, JdbcDataVersion version, @Value("${reporting.overview-cache.max-bytes:33554432}") long maxBytes, MeterRegistry registry) {
        this.overview = overview;
        this.version = version;
        this.maxBytes = maxBytes;
        this.hits = Counter.builder("reporting.overview.cache").tag("result", "hit")
                .description("Status overviews served from the cache").register(registry);
        this.misses = Counter.builder("reporting.overview.cache").tag("result", "miss")
                .description("Status overviews built because none was cached at the current data version")
                .register(registry);
        Gauge.builder("reporting.overview.cache.bytes", this, OverviewCache::bytes).baseUnit("bytes")
                .description("Bytes of serialized status overviews held").register(registry);
    }

    /**
     * The serialized overview of a unit the caller leads (checked first, every time: the unit is resolved from the
     * caller before the cache is looked at), from the cache when it was built at the municipality's current data
     * version, else built, rendered and kept. The version is read before the overview is built, so an answer is never
     * kept under a version newer than the data it shows.
     *
     * @param unitId null for the top of the caller's part of the tree
     * @param render the overview to the bytes kept
     */
    public Entry answer(Caller caller, UUID unitId, Period period, Function<Overview, byte[]> render) {
        OrgUnit unit = overview.unitFor(caller, unitId);
        LocalDate today = LocalDate.now(OrgTreeReplica.NORWAY);
        Key key = new Key(caller.tenant(), unit.id(), period.toString(), today);
        long current = version.current(caller.tenant());
        Optional<Entry> cached = get(key, current);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] body = render.apply(overview.overview(caller.tenant(), unit, period, today));
        Entry entry = new Entry(current, body, etag(body));
        put(key, entry);
        return entry;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached answer if it was built at this version. */
    Optional<Entry> get(Key key, long version) {
        Entry entry;
        synchronized (this) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == version) {
            hits.increment();
            return Optional.of(entry);
        }
        misses.increment();
        return Optional.empty();
    }

    /** Keeps an answer unless one built at a later version is there already. */
    synchronized void put(Key key, Entry entry) {
        if (entry.body().length > maxBytes) {
            return;
        }
        Entry old = entries.get(key);
        if (old != null && old.version() > entry.version()) {
            return;
        }
        if (old != null) {
            bytes -= old.body().length;
        }
        entries.put(key, entry);
        bytes += entry.body().length;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }
}
