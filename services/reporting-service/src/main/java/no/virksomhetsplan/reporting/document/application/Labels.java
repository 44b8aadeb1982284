package no.virksomhetsplan.reporting.document.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Norwegian (bokmål) words for the codes documents show, and how they write dates and numbers. */
public final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("NOT_STARTED", "Ikke startet"),
            Map.entry("IN_PROGRESS", "Pågår"),
            Map.entry("DONE", "Fullført"),
            Map.entry("DELAYED", "Forsinket"),
            Map.entry("CANCELLED", "Avbrutt"),
            Map.entry("GREEN", "Grønn"),
            Map.entry("YELLOW", "Gul"),
            Map.entry("RED", "Rød"),
            Map.entry("NOT_MEASURED", "Ikke målt"),
            Map.entry("DRAFT", "Utkast"),
            Map.entry("SUBMITTED", "Sendt inn"),
            Map.entry("RETURNED", "Returnert"),
            Map.entry("APPROVED", "Godkjent og låst"),
            Map.entry("NOT_REPORTED", "Ikke rapportert"),
            Map.entry("ASSIGNMENT", "Oppdrag"),
            Map.entry("DELEGATION", "Delegerte oppdrag"),
            Map.entry("TASK", "Oppgaver"),
            Map.entry("OVERDUE", "Over frist"),
            Map.entry("OPEN", "Ikke påbegynt"),
            Map.entry("ANSWERING", "Under arbeid"),
            Map.entry("HIGH", "Høy"),
            Map.entry("MEDIUM", "Middels"),
            Map.entry("LOW", "Lav"),
            Map.entry("INTERNAL_CONTROL", "Internkontroll"),
            Map.entry("HSE", "HMS"),
            Map.entry("QUALITY", "Kvalitet"),
            Map.entry("HR", "Personal"),
            Map.entry("OTHER", "Annet"),
            Map.entry("TOTAL", "Totalt"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** @param code a code as text, or an enum constant */
    public String word(Object code) {
        return code == null ? "–" : WORDS.getOrDefault(code.toString(), code.toString());
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "–" : DATE.format(instant.atZone(NORWAY));
    }

    /** Decimal comma and a space between thousands, as Norwegian writes numbers. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.forLanguageTag("nb"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.####", symbols).format(value);
    }
}
