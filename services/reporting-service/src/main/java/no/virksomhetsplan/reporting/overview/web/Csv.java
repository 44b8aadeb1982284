package no.virksomhetsplan.reporting.overview.web;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV line with semicolons (what Excel expects in Norway), cells quoted when they need it (RFC 4180). */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
