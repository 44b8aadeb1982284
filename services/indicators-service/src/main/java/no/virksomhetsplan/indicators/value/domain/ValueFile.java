package no.virksomhetsplan.indicators.value.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A CSV file of the municipality's own statistics, as spreadsheets save it: a header row naming the columns
 * {@code indicatorKey}, {@code unitCode} (or {@code unitId}), {@code period} and {@code value}, in any order, separated
 * by semicolons (then a decimal comma is read as a point, as Norwegian spreadsheets write it) or commas. Each further
 * row is one value; a row that cannot be read is reported by its line number and the others are taken.
 */
public final class ValueFile {

    public static final int MAX_ROWS = 100_000;
    private static final List<String> COLUMNS = List.of("indicatorkey", "unitcode", "unitid", "period", "value");

    private ValueFile() {
    }

    /** One data row: its line in the file, and the value it holds or why it cannot be read. */
    public record Row(int line, IndicatorValueReported value, Rejection rejection) {
    }

    /** @throws RuleViolationException if the file as a whole cannot be read (no header, unknown or missing columns, too many rows) */
    public static List<Row> read(String content) {
        List<String> lines = content.lines().toList();
        int headerAt = IntStream.range(0, lines.size()).filter(i -> !lines.get(i).isBlank()).findFirst()
                .orElseThrow(() -> new RuleViolationException("The file is empty: it needs a header row and a row per value."));
        String headerLine = lines.get(headerAt).replace("\uFEFF", "");
        char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(headerLine, separator).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        for (String name : header) {
            if (!COLUMNS.contains(name)) {
                throw new RuleViolationException("The header names an unknown column '" + name
                        + "'; the columns are indicatorKey, unitCode or unitId, period and value.");
            }
        }
        boolean byCode = header.contains("unitcode");
        if (!header.contains("indicatorkey") || !header.contains("period") || !header.contains("value") || byCode == header.contains("unitid")) {
            throw new RuleViolationException("The header must name indicatorKey, period, value and one of unitCode and unitId.");
        }
        Map<String, Integer> column = IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(header::get, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new RuleViolationException("The file has more than " + MAX_ROWS + " values; split it.");
            }
            rows.add(row(i + 1, split(lines.get(i), separator), header.size(), column, byCode, separator));
        }
        return rows;
    }

    private static Row row(int line, List<String> cells, int columns, Map<String, Integer> column, boolean byCode, char separator) {
        if (cells.size() != columns) {
            return refused(line, "the row has " + cells.size() + " cells; the header has " + columns);
        }
        String unit = cells.get(column.get(byCode ? "unitcode" : "unitid")).strip();
        UUID unitId = null;
        if (!byCode) {
            try {
                unitId = UUID.fromString(unit);
            } catch (IllegalArgumentException e) {
                return refused(line, "'" + unit + "' is not a unit id");
            }
        }
        String text = cells.get(column.get("value")).strip().replace(" ", "").replace("\u00A0", "");
        BigDecimal value;
        try {
            value = new BigDecimal(separator == ';' ? text.replace(',', '.') : text);
        } catch (NumberFormatException e) {
            return refused(line, "'" + text + "' is not a number");
        }
        return new Row(line, new IndicatorValueReported(cells.get(column.get("indicatorkey")).strip(), unitId, byCode ? unit : null,
                cells.get(column.get("period")).strip(), value, Submitter.MANUAL, UUID.randomUUID().toString(), null), null);
    }

    private static Row refused(int line, String message) {
        return new Row(line, null, Rejection.of(RejectionCode.SCHEMA, message));
    }

    /** Splits a CSV line; a cell in double quotes may hold the separator and doubled quotes. */
    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
