package no.virksomhetsplan.dev;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A large municipality, the same for the same seed and size: an org tree (kommune → sectors → virksomheter →
 * avdelinger), assignments delegated down it and split into tasks with statuses, monthly indicator values for every
 * unit, and checklists ({@link ScaleChecklists}). Nothing here talks to the system; {@link ScaleLoad} loads it through the public API and topics.
 */
final class ScaleModel {

    /**
     * How large. {@link #OSLO} is the size the benchmarks name: about 1,500 units, 60,000 assignments, 300,000 tasks
     * and 3.6 million indicator values.
     */
    record Size(int sectors, int virksomheterPerSector, int avdelingerPerVirksomhet, int assignments, int tasks,
            int indicators, int months) {

        static final Size OSLO = new Size(8, 8, 22, 60_000, 300_000, 50, 48);

        int units() {
            return 1 + sectors + sectors * virksomheterPerSector + sectors * virksomheterPerSector * avdelingerPerVirksomhet;
        }

        long indicatorValues() {
            return (long) indicators * units() * months;
        }

        /** The same tree with a share of the assignments, tasks and months (at least one of each). */
        Size scaled(double share) {
            return new Size(sectors, virksomheterPerSector, avdelingerPerVirksomhet, Math.max(1, (int) Math.round(assignments * share)),
                    Math.max(1, (int) Math.round(tasks * share)), indicators, Math.max(1, (int) Math.round(months * share)));
        }
    }

    record Unit(String code, String name, String levelName, String parentCode, String leader) {
    }

    record PlannedTask(String title, String responsible, LocalDate deadline, String status) {
    }

    record PlannedDelegation(String unitCode, String responsible, LocalDate deadline, List<PlannedTask> tasks) {
    }

    record PlannedAssignment(int number, String unitCode, String type, String title, String responsible, LocalDate deadline,
            boolean inMonthlyReport, List<PlannedDelegation> delegations) {
    }

    /** Statuses of tasks and how often each is set after creation; the rest stay NOT_STARTED. */
    private static final Map<String, Integer> TASK_STATUS_PERCENT = Map.of("IN_PROGRESS", 30, "DONE", 20, "DELAYED", 5);
    private static final String[] SECTORS = {"Oppvekst", "Helse og omsorg", "Kultur", "Teknikk", "Byutvikling", "Velferd",
            "Miljø", "Stab"};
    private static final String[] TASK_VERBS = {"Kartlegge", "Utrede", "Gjennomføre", "Følge opp", "Rapportere på", "Planlegge"};

    private final long seed;
    private final Size size;
    private final LocalDate today;
    private final List<Unit> units;
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, String> leaders = new LinkedHashMap<>();

    ScaleModel(long seed, Size size, LocalDate today) {
        this.seed = seed;
        this.size = size;
        this.today = today;
        this.units = buildTree();
        for (Unit unit : units) {
            leaders.put(unit.code(), unit.leader());
            children.computeIfAbsent(unit.code(), code -> new ArrayList<>());
            if (unit.parentCode() != null) {
                children.get(unit.parentCode()).add(unit.code());
            }
        }
    }

    Size size() {
        return size;
    }

    List<Unit> units() {
        return units;
    }

    /** The org tree as the import wants it (the columns of dev/demo/*-org-units.csv). */
    String orgTreeCsv() {
        StringBuilder csv = new StringBuilder("externalCode,name,levelName,parentExternalCode,leaderUsername\n");
        for (Unit unit : units) {
            csv.append(unit.code()).append(',').append(unit.name()).append(',').append(unit.levelName()).append(',')
                    .append(unit.parentCode() == null ? "" : unit.parentCode()).append(',').append(unit.leader()).append('\n');
        }
        return csv.toString();
    }

    /**
     * Every assignment with its delegations and tasks. An assignment belongs to a unit with children (a tenth at the
     * top, three tenths at a sector, the rest at a virksomhet) and is delegated to one or two of them; the tasks are
     * spread over the delegations so that their number is exactly the size's. An assignment's deadline lies between
     * 30 days ago and 300 days ahead, and each deadline below it up to 30 days earlier, so some are past (overdue).
     */
    List<PlannedAssignment> assignments() {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> top = List.of(units.get(0).code());
        List<String> sectors = children.get(units.get(0).code());
        List<String> virksomheter = sectors.stream().flatMap(sector -> children.get(sector).stream()).toList();

        List<PlannedAssignment> planned = new ArrayList<>(size.assignments());
        List<int[]> delegationSlots = new ArrayList<>();
        List<List<String>> delegationUnits = new ArrayList<>();
        for (int number = 0; number < size.assignments(); number++) {
            int roll = random.nextInt(10);
            List<String> level = roll == 0 ? top : roll <= 3 ? sectors : virksomheter;
            String unit = level.get(random.nextInt(level.size()));
            List<String> below = new ArrayList<>(children.get(unit));
            Collections.shuffle(below, new java.util.Random(random.nextLong()));
            int count = Math.min(below.size(), random.nextInt(3) == 0 ? 1 : 2);
            delegationUnits.add(below.subList(0, count));
            delegationSlots.add(new int[] {number, count});
            LocalDate deadline = today.plusDays(random.nextInt(331) - 30);
            planned.add(new PlannedAssignment(number + 1, unit, random.nextInt(4) == 0 ? "TILTAK" : "VERBALVEDTAK",
                    "Oppdrag " + (number + 1) + " for " + name(unit), leaders.get(unit), deadline, random.nextInt(3) == 0,
                    List.of()));
        }
        int delegations = delegationSlots.stream().mapToInt(slot -> slot[1]).sum();
        int tasksPerDelegation = size.tasks() / delegations;
        int extraTasks = size.tasks() % delegations;
        int delegationIndex = 0;
        List<PlannedAssignment> complete = new ArrayList<>(planned.size());
        for (PlannedAssignment assignment : planned) {
            List<PlannedDelegation> delegated = new ArrayList<>();
            for (String unit : delegationUnits.get(assignment.number() - 1)) {
                LocalDate deadline = notAfter(random, assignment.deadline());
                int taskCount = tasksPerDelegation + (delegationIndex++ < extraTasks ? 1 : 0);
                List<PlannedTask> tasks = new ArrayList<>(taskCount);
                for (int t = 0; t < taskCount; t++) {
                    tasks.add(new PlannedTask(TASK_VERBS[random.nextInt(TASK_VERBS.length)] + " del " + (t + 1),
                            leaders.get(unit), notAfter(random, deadline), taskStatus(random)));
                }
                delegated.add(new PlannedDelegation(unit, leaders.get(unit), deadline, tasks));
            }
            complete.add(new PlannedAssignment(assignment.number(), assignment.unitCode(), assignment.type(), assignment.title(),
                    assignment.responsible(), assignment.deadline(), assignment.inMonthlyReport(), delegated));
        }
        return complete;
    }

    /** The checklists of {@code size.months()} months ending with today's, on this tree. */
    ScaleChecklists checklists() {
        return new ScaleChecklists(seed, units, size.months(), today);
    }

    /** Indicator keys: {@code skala-01} … ; monthly, summed, rolled up, from the fagsystem {@link #SOURCE_SYSTEM}. */
    List<String> indicatorKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= size.indicators(); i++) {
            keys.add(String.format("skala-%02d", i));
        }
        return keys;
    }

    static final String SOURCE_SYSTEM = "skalasystem";

    /** The months with values: {@code size.months()} of them, ending with {@code lastMonth}. */
    List<YearMonth> months(YearMonth lastMonth) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = size.months() - 1; i >= 0; i--) {
            months.add(lastMonth.minusMonths(i));
        }
        return months;
    }

    /** The value of one indicator, unit and month: a whole number 0–999, from the seed alone (no state, any order). */
    BigDecimal value(String indicatorKey, String unitCode, YearMonth month) {
        long h = seed;
        h = mix(h ^ indicatorKey.hashCode());
        h = mix(h ^ unitCode.hashCode());
        h = mix(h ^ month.hashCode());
        return BigDecimal.valueOf(Math.floorMod(h, 1000));
    }

    private List<Unit> buildTree() {
        List<Unit> tree = new ArrayList<>(size.units());
        String top = "1";
        tree.add(new Unit(top, "Storby kommune", "Kommune", null, "leder-1"));
        for (int s = 1; s <= size.sectors(); s++) {
            String sector = top + "-" + s;
            tree.add(new Unit(sector, sectorName(s), "Sektor", top, "leder-" + sector));
            for (int v = 1; v <= size.virksomheterPerSector(); v++) {
                String virksomhet = sector + "-" + v;
                tree.add(new Unit(virksomhet, sectorName(s) + " virksomhet " + v, "Virksomhet", sector, "leder-" + virksomhet));
                for (int a = 1; a <= size.avdelingerPerVirksomhet(); a++) {
                    String avdeling = virksomhet + "-" + a;
                    tree.add(new Unit(avdeling, sectorName(s) + " virksomhet " + v + " avdeling " + a, "Avdeling", virksomhet,
                            "leder-" + avdeling));
                }
            }
        }
        return tree;
    }

    private String name(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst().map(Unit::name).orElse(code);
    }

    private static String sectorName(int number) {
        return number <= SECTORS.length ? SECTORS[number - 1] : "Sektor " + number;
    }

    /** A deadline up to 30 days before the given one. */
    private static LocalDate notAfter(SplittableRandom random, LocalDate latest) {
        return latest.minusDays(random.nextInt(31));
    }

    private static String taskStatus(SplittableRandom random) {
        int roll = random.nextInt(100);
        int upTo = 0;
        for (String status : List.of("IN_PROGRESS", "DONE", "DELAYED")) {
            upTo += TASK_STATUS_PERCENT.get(status);
            if (roll < upTo) {
                return status;
            }
        }
        return "NOT_STARTED";
    }

    /** SplitMix64's finaliser: a well-spread hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
