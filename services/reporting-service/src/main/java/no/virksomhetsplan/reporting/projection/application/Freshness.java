package no.virksomhetsplan.reporting.projection.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.virksomhetsplan.contracts.Topics;
import org.springframework.stereotype.Component;

/**
 * How fresh the read models are, per topic: the time of the newest event applied ({@code reporting.projection.last.event.time},
 * epoch seconds), its age now ({@code reporting.projection.age}, seconds since that event happened) and the delay from
 * an event's time to its projection ({@code reporting.projection.delay}, a timer). The consumers' lag in records is
 * the Kafka client's own {@code kafka.consumer.fetch.manager.records.lag} metric.
 */
@Component
public class Freshness {

    public static final List<String> TOPICS = List.of(Topics.ORG, Topics.PLANS, Topics.ASSIGNMENTS, Topics.INDICATORS,
            Topics.CHECKLISTS);

    private final Map<String, AtomicLong> lastEventMillis = new ConcurrentHashMap<>();
    private final Map<String, Timer> delays = new ConcurrentHashMap<>();
    private final Clock clock;

    Freshness(MeterRegistry registry) {
        this.clock = Clock.systemUTC();
        for (String topic : TOPICS) {
            AtomicLong last = new AtomicLong();
            lastEventMillis.put(topic, last);
            Gauge.builder("reporting.projection.last.event.time", last, value -> value.get() / 1000.0)
                    .description("Time of the newest event projected from the topic (epoch seconds)")
                    .tag("topic", topic).baseUnit("seconds").register(registry);
            Gauge.builder("reporting.projection.age", last,
                            value -> value.get() == 0 ? Double.NaN : (clock.millis() - value.get()) / 1000.0)
                    .description("Seconds since the newest event projected from the topic happened")
                    .tag("topic", topic).baseUnit("seconds").register(registry);
            delays.put(topic, Timer.builder("reporting.projection.delay")
                    .description("From an event's time to its projection")
                    .tag("topic", topic).publishPercentiles(0.5, 0.99).register(registry));
        }
    }

    /** An event with this CloudEvents time was projected from the topic just now. */
    public void projected(String topic, Instant eventTime) {
        AtomicLong last = lastEventMillis.get(topic);
        if (last == null) {
            return;
        }
        last.accumulateAndGet(eventTime.toEpochMilli(), Math::max);
        delays.get(topic).record(Duration.ofMillis(Math.max(0, clock.millis() - eventTime.toEpochMilli())));
    }

    /** Per topic in {@link #TOPICS} order, the newest event time projected (null before the first). */
    public Map<String, Instant> asOf() {
        Map<String, Instant> asOf = new LinkedHashMap<>();
        TOPICS.forEach(topic -> asOf.put(topic, lastEventTime(topic)));
        return asOf;
    }

    /** The newest event time projected from the topic, or null before the first. */
    public Instant lastEventTime(String topic) {
        long millis = lastEventMillis.get(topic).get();
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }
}
