package no.virksomhetsplan.reporting.report.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a report: what the read models said when it was filled, and the leader's own status text.
 *
 * @param refId       the assignment, delegation, goal, measure indicator or unit the line is about
 * @param summary     what the source said: an item's latest status note, a unit report's overall text
 * @param statusText  the leader's own words on this line, or null
 * @param carriedFrom the period of the report it was carried over from because it was unfinished there, or null
 * @param counts      for a STATUS line, the items of its kind by status (and OVERDUE), in order; empty otherwise
 */
public record ReportItem(Section section, UUID refId, String title, String unitName, String status, String light,
        LocalDate deadline, BigDecimal actual, BigDecimal target, String measureUnit, String summary, String statusText,
        String carriedFrom, Map<String, Long> counts) {

    public ReportItem {
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** A line without counts. */
    public ReportItem(Section section, UUID refId, String title, String unitName, String status, String light,
            LocalDate deadline, BigDecimal actual, BigDecimal target, String measureUnit, String summary, String statusText,
            String carriedFrom) {
        this(section, refId, title, unitName, status, light, deadline, actual, target, measureUnit, summary, statusText,
                carriedFrom, Map.of());
    }

    /** The status line of a kind of item (ASSIGNMENT, DELEGATION, TASK): one per kind, so its id follows from the kind. */
    public static ReportItem statusLine(String kind, Map<String, Long> counts) {
        return new ReportItem(Section.STATUS, UUID.nameUUIDFromBytes(("status/" + kind).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                kind, null, null, null, null, null, null, null, null, null, null, counts);
    }

    public ItemKey key() {
        return new ItemKey(section, refId);
    }

    /** An assignment or delegation that is neither done nor cancelled, to be carried to the next period. */
    public boolean unfinished() {
        return section == Section.ASSIGNMENT && status != null && !status.equals("DONE") && !status.equals("CANCELLED");
    }

    public ReportItem withStatusText(String text) {
        return new ReportItem(section, refId, title, unitName, status, light, deadline, actual, target, measureUnit, summary,
                text, carriedFrom, counts);
    }

    public ReportItem carriedFrom(String period) {
        return new ReportItem(section, refId, title, unitName, status, light, deadline, actual, target, measureUnit, summary,
                statusText, period, counts);
    }

    /** Identifies a line across refills. */
    public record ItemKey(Section section, UUID refId) {
    }
}
