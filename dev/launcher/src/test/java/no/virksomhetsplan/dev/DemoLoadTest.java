package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DemoLoadTest {

    private final RealmFile realm = new RealmFile("fjordvik", "Fjordvik kommune", List.of(), Optional.empty());
    private final Console console = new Console();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void theOrgTreeComesFirstTheLanesRunSideBySideAndTheLastStepWaitsForBoth() {
        CountDownLatch indicatorsStarted = new CountDownLatch(1);
        DemoLoad.Plan plan = new DemoLoad.Plan(
                () -> record("org units", true),
                List.of(
                        List.of(new DemoLoad.Step("plan", () -> {
                                    // Only finishes when the other lane has begun: sequential lanes would time out here.
                                    boolean together = await(indicatorsStarted);
                                    return record("plan", together ? "loaded" : "alone");
                                }),
                                new DemoLoad.Step("assignments", () -> record("assignments", "loaded"))),
                        List.of(new DemoLoad.Step("indicators", () -> {
                            indicatorsStarted.countDown();
                            sleep(200);
                            return record("indicators", "loaded");
                        }))),
                new DemoLoad.Step("reports", () -> record("reports", "loaded")));

        DemoLoad.run(realm, plan, console);

        assertThat(events).first().isEqualTo("org units");
        assertThat(events).last().isEqualTo("reports:loaded");
        assertThat(events).contains("plan:loaded");
        assertThat(events.indexOf("plan:loaded")).isLessThan(events.indexOf("assignments:loaded"));
        assertThat(events).containsExactlyInAnyOrder("org units", "plan:loaded", "assignments:loaded", "indicators:loaded",
                "reports:loaded");
    }

    @Test
    void aFailedStepIsAWarningAndTheRestOfItsLaneAndTheOtherLanesStillLoad() {
        AtomicInteger laterSteps = new AtomicInteger();
        DemoLoad.Plan plan = new DemoLoad.Plan(
                () -> true,
                List.of(
                        List.of(new DemoLoad.Step("plan", () -> {
                                    throw new IllegalStateException("POST /api/plans/plan-years answered 500");
                                }),
                                new DemoLoad.Step("assignments", () -> String.valueOf(laterSteps.incrementAndGet()))),
                        List.of(new DemoLoad.Step("indicators", () -> String.valueOf(laterSteps.incrementAndGet())))),
                new DemoLoad.Step("reports", () -> String.valueOf(laterSteps.incrementAndGet())));

        DemoLoad.run(realm, plan, console);

        assertThat(laterSteps).hasValue(3);
    }

    @Test
    void nothingMoreLoadsWhenTheOrgTreeWasInterrupted() {
        AtomicInteger steps = new AtomicInteger();
        DemoLoad.Plan plan = new DemoLoad.Plan(() -> false,
                List.of(List.of(new DemoLoad.Step("plan", () -> String.valueOf(steps.incrementAndGet())))),
                new DemoLoad.Step("reports", () -> String.valueOf(steps.incrementAndGet())));

        DemoLoad.run(realm, plan, console);

        assertThat(steps).hasValue(0);
    }

    private <T> T record(String what, T result) {
        events.add(result instanceof String text ? what + ":" + text : what);
        return result;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
