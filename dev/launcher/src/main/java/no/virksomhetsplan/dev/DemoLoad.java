package no.virksomhetsplan.dev;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The order in which the demo data is loaded, and what of it runs at the same time (ADR 0035). The municipalities are
 * independent of each other, so each realm loads on its own thread. Within a realm the org tree comes first (everything
 * else names its units); then three lanes that share nothing but the org tree: the plan (plans-service), the
 * assignments and then the checklists (the checklists' deviations get follow-up assignments for people
 * assignments-service knows only once they have signed in, which the assignments step does), and the indicators with
 * their values. The T1 reports come last, after all lanes, because a report is filled from reporting-service's read
 * models of all of them.
 *
 * <p>Each step is as before: only when its data is not there yet, and a failure is a warning, never a failed start.
 */
final class DemoLoad {

    private DemoLoad() {
    }

    /** The steps of one realm, in their order and lanes; each returns a one-line summary or null (nothing to load). */
    record Plan(Supplier<Boolean> orgUnits, List<List<Step>> lanes, Step last) {
    }

    /** A named step that loads one kind of demo data for a realm. */
    record Step(String what, Supplier<String> load) {
    }

    static void loadAll(List<RealmFile> realms, Path demoDir, Console console) {
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(1);
        List<CompletableFuture<Void>> loading = new ArrayList<>();
        for (RealmFile realm : realms) {
            // One per municipality, shared by its lanes: each person signs in once, not once per step.
            DemoApi api = new DemoApi(realm);
            Plan plan = new Plan(() -> new DemoData(demoDir, console).load(api),
                    List.of(
                            List.of(new Step("plan", () -> DemoPlans.load(api, demoDir))),
                            List.of(new Step("assignments", () -> DemoAssignments.load(api, demoDir)),
                                    new Step("checklists", () -> DemoChecklists.load(api, demoDir))),
                            List.of(new Step("indicators", () -> DemoIndicators.load(api, demoDir, lastMonth)))),
                    new Step("reports", () -> DemoReports.load(api, demoDir)));
            loading.add(CompletableFuture.runAsync(() -> run(realm, plan, console), DemoLoad::daemonThread));
        }
        loading.forEach(CompletableFuture::join);
    }

    /** One realm: the org tree, then the lanes side by side, then the last step. Never throws. */
    static void run(RealmFile realm, Plan plan, Console console) {
        if (!plan.orgUnits().get()) {
            return; // interrupted: the launcher is stopping
        }
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (List<Step> lane : plan.lanes()) {
            lanes.add(CompletableFuture.runAsync(() -> lane.forEach(step -> run(realm, step, console)), DemoLoad::daemonThread));
        }
        lanes.forEach(CompletableFuture::join);
        run(realm, plan.last(), console);
    }

    private static void run(RealmFile realm, Step step, Console console) {
        long start = System.nanoTime();
        try {
            String loaded = step.load().get();
            if (loaded != null) {
                console.info("Demo " + step.what() + " for " + realm.displayName() + ": " + loaded + " ("
                        + Console.seconds(System.nanoTime() - start) + ")");
            }
        } catch (RuntimeException e) {
            console.warn("demo " + step.what() + " for " + realm.displayName() + " failed: " + e.getMessage());
        }
    }

    /** Daemon threads, so a stop (System.exit) never waits for a demo request. */
    private static void daemonThread(Runnable work) {
        Thread thread = new Thread(work, "demo-data");
        thread.setDaemon(true);
        thread.start();
    }
}
