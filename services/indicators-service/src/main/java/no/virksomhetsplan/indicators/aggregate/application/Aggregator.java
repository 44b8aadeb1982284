package no.virksomhetsplan.indicators.aggregate.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.virksomhetsplan.indicators.aggregate.domain.AggregatePlan;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates.PendingChange;
import no.virksomhetsplan.indicators.aggregate.domain.ValueChange;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the journal of changes into the aggregates, on a short cycle: takes what batches appended since the last fold,
 * works out in memory what it adds to every aggregate (each aggregate once, however many batches touched it), writes
 * that, and removes the changes from the journal, in one transaction. So a hot aggregate (the top of the tree, a year)
 * is written once per fold rather than once per batch, by one writer, and batches never wait for each other.
 *
 * <p>One aggregator per database folds at a time (a transaction-scoped advisory lock), whatever the number of
 * replicas; the others find the lock taken and try again at their next cycle. Aggregates lag behind the stored
 * values by about one cycle; a read that must be exact waits for the changes committed before it
 * ({@link #awaitFolded}).
 */
@Component
public class Aggregator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Aggregator.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);
    private static final long READ_POLL_MILLIS = 10;

    private final Aggregates aggregates;
    private final Units units;
    private final TransactionTemplate transaction;
    private final AggregationProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    Aggregator(Aggregates aggregates, Units units, PlatformTransactionManager transactions, AggregationProperties properties) {
        this.aggregates = aggregates;
        this.units = units;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /**
     * Folds up to {@code foldSize} changes of the journal into the aggregates, unless another aggregator is folding.
     *
     * @return how many changes were folded
     */
    public int foldOnce() {
        Integer folded = transaction.execute(status -> {
            if (!aggregates.becomeTheAggregator()) {
                return 0;
            }
            long start = System.nanoTime();
            List<PendingChange> pending = aggregates.takePending(properties.foldSize());
            long taken = System.nanoTime();
            Map<String, List<PendingChange>> byTenant = new LinkedHashMap<>();
            pending.forEach(change -> byTenant.computeIfAbsent(change.tenant(), tenant -> new ArrayList<>()).add(change));
            byTenant.forEach(this::fold);
            if (!pending.isEmpty()) {
                log.debug("Folded {} changes: {} ms to take them from the journal, {} ms in all", pending.size(),
                        (taken - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
            }
            return pending.size();
        });
        return folded == null ? 0 : folded;
    }

    private void fold(String tenant, List<PendingChange> pending) {
        pending.sort(Comparator.comparingLong(PendingChange::seq));
        List<ValueChange> changes = ValueChange.perCell(pending.stream().map(PendingChange::change).toList());
        Set<UUID> changedUnits = changes.stream().map(ValueChange::unitId).collect(Collectors.toSet());
        long start = System.nanoTime();
        var current = aggregates.own(tenant, AggregatePlan.keysToRead(changes));
        var plan = AggregatePlan.of(changes, current, units.byIds(tenant, changedUnits));
        long planned = System.nanoTime();
        aggregates.save(tenant, plan);
        log.debug("{}: {} cells, planned in {} ms, {} own and {} below aggregates written in {} ms", tenant, changes.size(),
                (planned - start) / 1_000_000, plan.own().size(), plan.below().size(), (System.nanoTime() - planned) / 1_000_000);
    }

    /** Asks the aggregator to fold now rather than at its next cycle. */
    public void wakeUp() {
        wakeUp.release();
    }

    /**
     * Returns once every change of the indicator committed before this call is folded into the aggregates (by this
     * replica's aggregator or another's).
     *
     * @throws AggregatesBehindException if that takes longer than {@code readWait}
     */
    public void awaitFolded(String tenant, UUID indicatorId) {
        OptionalLong last = aggregates.lastPending(tenant, indicatorId);
        if (last.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + properties.readWait().toNanos();
        while (aggregates.isPending(tenant, indicatorId, last.getAsLong())) {
            if (System.nanoTime() > deadline) {
                throw new AggregatesBehindException("The aggregates are still taking in the latest values; ask again in a moment.");
            }
            wakeUp();
            try {
                Thread.sleep(READ_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AggregatesBehindException("Interrupted while waiting for the aggregates.");
            }
        }
    }

    private void run() {
        int failures = 0;
        while (running) {
            Duration pause = properties.interval();
            try {
                int folded = foldOnce();
                if (failures > 0) {
                    log.info("Aggregator folding again after {} failed attempts", failures);
                }
                failures = 0;
                if (folded == properties.foldSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                failures++;
                if (failures == 1 || failures % 20 == 0) {
                    log.warn("Aggregator could not fold the journal (attempt {}); the changes stay in it: {}", failures, e.getMessage());
                }
                pause = Duration.ofMillis(Math.min(MAX_BACK_OFF.toMillis(), 200L << Math.min(failures, 10)));
            }
            try {
                wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "aggregator");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
