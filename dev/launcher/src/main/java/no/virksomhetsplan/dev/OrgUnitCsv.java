package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a demo org tree (dev/demo/*-org-units.csv): a header line
 * {@code externalCode,name,levelName,parentExternalCode,leaderUsername}, then one unit per line. An
 * empty parent marks the top unit; the leader is optional. Fields may be quoted ("Stab, støtte")
 * with "" for a quote. Lines starting with # are comments. The file is plans-service's import
 * format, plus the comments.
 */
final class OrgUnitCsv {

    static final String HEADER = "externalCode,name,levelName,parentExternalCode,leaderUsername";

    record OrgUnit(String externalCode, String name, String levelName, String parentExternalCode, String leaderUsername) {
        boolean isTop() {
            return parentExternalCode.isEmpty();
        }
    }

    private OrgUnitCsv() {
    }

    static List<OrgUnit> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The file as plans-service's import takes it: the header and the units, without comments and blank lines. */
    static String importBody(List<String> lines) {
        return lines.stream()
                .map(line -> line.replace("\uFEFF", ""))
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The units in creation order: every parent before its children, otherwise as in the file. */
    static List<OrgUnit> parse(List<String> lines) {
        Map<String, OrgUnit> byCode = new LinkedHashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!trimmed.replace("\uFEFF", "").equals(HEADER)) {
                    throw new IllegalArgumentException("line " + lineNumber + ": expected the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            List<String> fields = splitLine(trimmed);
            if (fields.size() != 5) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected 5 fields, found " + fields.size());
            }
            OrgUnit unit = new OrgUnit(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4));
            if (unit.externalCode().isEmpty() || unit.name().isEmpty()) {
                throw new IllegalArgumentException("line " + lineNumber + ": externalCode and name are required");
            }
            if (byCode.putIfAbsent(unit.externalCode(), unit) != null) {
                throw new IllegalArgumentException("line " + lineNumber + ": duplicate externalCode " + unit.externalCode());
            }
        }
        for (OrgUnit unit : byCode.values()) {
            if (!unit.isTop() && !byCode.containsKey(unit.parentExternalCode())) {
                throw new IllegalArgumentException(unit.externalCode() + " has an unknown parent " + unit.parentExternalCode());
            }
        }
        return parentsFirst(byCode);
    }

    private static List<OrgUnit> parentsFirst(Map<String, OrgUnit> byCode) {
        List<OrgUnit> ordered = new ArrayList<>();
        for (OrgUnit unit : byCode.values()) {
            if (unit.isTop()) {
                addWithDescendants(unit, byCode, ordered);
            }
        }
        if (ordered.size() != byCode.size()) {
            List<String> unreachable = byCode.keySet().stream()
                    .filter(code -> ordered.stream().noneMatch(unit -> unit.externalCode().equals(code)))
                    .toList();
            throw new IllegalArgumentException("units not below a top unit (a cycle?): " + unreachable);
        }
        return ordered;
    }

    private static void addWithDescendants(OrgUnit unit, Map<String, OrgUnit> byCode, List<OrgUnit> ordered) {
        ordered.add(unit);
        for (OrgUnit candidate : byCode.values()) {
            if (candidate.parentExternalCode().equals(unit.externalCode())) {
                addWithDescendants(candidate, byCode, ordered);
            }
        }
    }

    /** Splits one CSV line; handles quoted fields with commas and doubled quotes. */
    static List<String> splitLine(String line) {
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
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
