package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A whole org tree as a CSV file (UTF-8, comma-separated, values may be quoted with {@code "} and {@code ""} for a
 * quote), for a municipality's first import or a new part of its tree. The first line is the header
 * {@value #HEADER}; then one unit per line. A unit's parent is named by its code: an existing unit's, or another
 * line's anywhere in the file. An empty parent makes the line the top of the municipality's tree.
 *
 * <p>Every line is checked before anything is created, and every problem is reported with its line and column.
 */
public final class OrgTreeFile {

    public static final String HEADER = "externalCode,name,levelName,parentExternalCode,leaderUsername";
    public static final int MAX_UNITS = 20_000;

    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int LEVEL = 2;
    private static final int PARENT = 3;
    private static final int LEADER = 4;

    private final List<Line> lines;
    private final List<ImportProblem> problems;

    private OrgTreeFile(List<Line> lines, List<ImportProblem> problems) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    /** Reads the lines; problems with the file's form are kept and reported with all others by {@link #plan}. */
    public static OrgTreeFile read(String csv) {
        String[] physical = (csv.startsWith("\uFEFF") ? csv.substring(1) : csv).split("\r?\n", -1);
        int header = 0;
        while (header < physical.length && physical[header].isBlank()) {
            header++;
        }
        if (header == physical.length) {
            return invalid(1, "The file is empty; its first line must be the header " + HEADER + ".");
        }
        if (!split(physical[header]).fields().equals(COLUMNS)) {
            return invalid(header + 1, "The first line must be the header " + HEADER + ".");
        }
        List<Line> lines = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = header + 1; i < physical.length; i++) {
            if (physical[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            if (lines.size() == MAX_UNITS) {
                problems.add(new ImportProblem(number, null, "The file has more than " + MAX_UNITS + " units; import it in parts."));
                break;
            }
            Split split = split(physical[i]);
            boolean complete = split.closed() && split.fields().size() == COLUMNS.size();
            if (!split.closed()) {
                problems.add(new ImportProblem(number, null, "A quoted value is not closed (a \" is missing)."));
            } else if (!complete) {
                problems.add(new ImportProblem(number, null, "The line has " + split.fields().size() + " values; it needs "
                        + COLUMNS.size() + ": " + HEADER + "."));
            }
            lines.add(new Line(number, split.fields(), complete));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(header + 1, null, "The file has no units below its header."));
        }
        return new OrgTreeFile(lines, problems);
    }

    /** Every code the file names, as a unit's own code or as a parent's. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Line line : lines) {
            codes.add(line.field(CODE));
            codes.add(line.field(PARENT));
        }
        codes.remove("");
        return codes;
    }

    /**
     * Checks every line against the others and the existing tree and plans the new units, each parent before the
     * units below it.
     *
     * @param existingByCode the histories from {@code from} of the municipality's units whose codes the file names
     * @param existingTop    the name of the municipality's top unit, if it has one
     * @param from           the first day of the new units
     * @throws InvalidOrgTreeFileException with every problem of the file, if it has any
     */
    public List<NewOrgUnit> plan(String tenant, Map<String, OrgUnitHistory> existingByCode, Optional<String> existingTop,
            LocalDate from) {
        List<ImportProblem> found = new ArrayList<>(problems);
        Map<String, Line> lineByCode = new LinkedHashMap<>();
        for (Line line : lines) {
            String code = line.field(CODE);
            Line first = lineByCode.get(code);
            if (code.isEmpty()) {
                if (line.complete()) {
                    found.add(new ImportProblem(line.number(), COLUMNS.get(CODE),
                            "The unit has no code; every unit needs one, other lines name their parent by it."));
                }
            } else if (first != null) {
                found.add(new ImportProblem(line.number(), COLUMNS.get(CODE),
                        "The code " + code + " is also on line " + first.number() + "; codes are unique."));
            } else {
                lineByCode.put(code, line);
            }
        }
        Line top = null;
        for (Line line : lineByCode.values()) {
            if (!line.complete()) {
                continue;
            }
            checkValues(line, found);
            String code = line.field(CODE);
            String parent = line.field(PARENT);
            OrgUnitHistory holder = existingByCode.get(code);
            if (holder != null) {
                found.add(new ImportProblem(line.number(), COLUMNS.get(CODE),
                        "The code " + code + " already belongs to " + holder.name() + "; codes are unique."));
            }
            if (parent.isEmpty()) {
                if (existingTop.isPresent()) {
                    found.add(new ImportProblem(line.number(), COLUMNS.get(PARENT), "The parent is empty, but the municipality"
                            + " already has its top unit, " + existingTop.get() + "; name the unit's parent."));
                } else if (top != null) {
                    found.add(new ImportProblem(line.number(), COLUMNS.get(PARENT), "The parent is empty, but line "
                            + top.number() + " is already the top unit; a municipality has one top unit."));
                } else {
                    top = line;
                }
            } else if (parent.equals(code)) {
                found.add(new ImportProblem(line.number(), COLUMNS.get(PARENT),
                        "The parent " + parent + " is the unit itself; a unit cannot be its own parent."));
            } else if (!lineByCode.containsKey(parent)) {
                OrgUnitHistory existingParent = existingByCode.get(parent);
                if (existingParent == null) {
                    found.add(new ImportProblem(line.number(), COLUMNS.get(PARENT), "No unit has the code " + parent
                            + ", neither in the municipality nor in this file."));
                } else {
                    existingParent.notOpen().ifPresent(reason -> found.add(new ImportProblem(line.number(), COLUMNS.get(PARENT),
                            "The parent " + parent + " cannot have units below it from " + from + ": " + reason)));
                }
            }
        }
        found.addAll(circles(lineByCode));
        if (!found.isEmpty()) {
            found.sort(Comparator.comparingInt(ImportProblem::line));
            throw new InvalidOrgTreeFileException(found);
        }
        return parentsFirst(tenant, lineByCode, existingByCode, from);
    }

    private static void checkValues(Line line, List<ImportProblem> found) {
        atMost(line, CODE, OrgUnitDetails.MAX_CODE_LENGTH, found);
        if (line.field(NAME).isEmpty()) {
            found.add(new ImportProblem(line.number(), COLUMNS.get(NAME), "The unit has no name; every unit needs one."));
        }
        atMost(line, NAME, OrgUnitDetails.MAX_NAME_LENGTH, found);
        atMost(line, LEVEL, OrgUnitDetails.MAX_LEVEL_LENGTH, found);
        atMost(line, PARENT, OrgUnitDetails.MAX_CODE_LENGTH, found);
        atMost(line, LEADER, OrgUnitDetails.MAX_LEADER_LENGTH, found);
        if (!OrgUnitDetails.isUsername(line.field(LEADER))) {
            found.add(new ImportProblem(line.number(), COLUMNS.get(LEADER),
                    "The leader's username '" + line.field(LEADER) + "' contains spaces."));
        }
    }

    private static void atMost(Line line, int column, int max, List<ImportProblem> found) {
        int length = line.field(column).length();
        if (length > max) {
            found.add(new ImportProblem(line.number(), COLUMNS.get(column),
                    "The " + COLUMNS.get(column) + " has " + length + " characters; at most " + max + " are allowed."));
        }
    }

    /** Lines whose parents, followed through the file, come back to them. */
    private static List<ImportProblem> circles(Map<String, Line> lineByCode) {
        List<ImportProblem> found = new ArrayList<>();
        Map<String, Boolean> done = new HashMap<>();
        for (String start : lineByCode.keySet()) {
            List<String> trail = new ArrayList<>();
            String code = start;
            while (code != null && !done.containsKey(code)) {
                done.put(code, false);
                trail.add(code);
                Line current = lineByCode.get(code);
                String parent = current.complete() ? current.field(PARENT) : "";
                code = lineByCode.containsKey(parent) && !parent.equals(code) ? parent : null;
            }
            if (code != null && !done.get(code)) {
                List<String> circle = trail.subList(trail.indexOf(code), trail.size());
                String lineNumbers = circle.stream().map(c -> String.valueOf(lineByCode.get(c).number()))
                        .collect(Collectors.joining(", "));
                String path = String.join(" → ", circle) + " → " + code;
                for (String member : circle) {
                    found.add(new ImportProblem(lineByCode.get(member).number(), COLUMNS.get(PARENT),
                            "Lines " + lineNumbers + " name each other as parents in a circle (" + path + ")."));
                }
            }
            trail.forEach(visited -> done.put(visited, true));
        }
        return found;
    }

    private static List<NewOrgUnit> parentsFirst(String tenant, Map<String, Line> lineByCode,
            Map<String, OrgUnitHistory> existingByCode, LocalDate from) {
        Map<String, List<Line>> childrenByParent = new HashMap<>();
        Deque<Line> roots = new ArrayDeque<>();
        for (Line line : lineByCode.values()) {
            String parent = line.field(PARENT);
            if (lineByCode.containsKey(parent)) {
                childrenByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(line);
            } else {
                roots.add(line);
            }
        }
        List<NewOrgUnit> planned = new ArrayList<>(lineByCode.size());
        Deque<Map.Entry<Line, OrgUnitHistory>> pending = new ArrayDeque<>();
        for (Line root : roots) {
            String parent = root.field(PARENT);
            NewOrgUnit unit = parent.isEmpty()
                    ? OrgUnitHistory.top(tenant, root.details(), from)
                    : existingByCode.get(parent).addChild(root.details());
            planned.add(unit);
            pending.add(Map.entry(root, unit.unit()));
        }
        while (!pending.isEmpty()) {
            Map.Entry<Line, OrgUnitHistory> parent = pending.poll();
            for (Line child : childrenByParent.getOrDefault(parent.getKey().field(CODE), List.of())) {
                NewOrgUnit unit = parent.getValue().addChild(child.details());
                planned.add(unit);
                pending.add(Map.entry(child, unit.unit()));
            }
        }
        return planned;
    }

    private static OrgTreeFile invalid(int line, String message) {
        return new OrgTreeFile(List.of(), List.of(new ImportProblem(line, null, message)));
    }

    /** One line's values, stripped; quoted values may hold commas and {@code ""} for a quote. */
    private static Split split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return new Split(fields, !quoted);
    }

    private record Split(List<String> fields, boolean closed) {
    }

    /** @param complete true if the line has every column and no open quote */
    private record Line(int number, List<String> fields, boolean complete) {

        String field(int column) {
            return column < fields.size() ? fields.get(column) : "";
        }

        OrgUnitDetails details() {
            return new OrgUnitDetails(field(NAME), field(CODE), field(LEVEL), field(LEADER));
        }
    }
}
