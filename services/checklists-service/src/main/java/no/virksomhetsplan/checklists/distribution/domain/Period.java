package no.virksomhetsplan.checklists.distribution.domain;

import java.time.LocalDate;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** A reporting period: a month (1–12), a tertial (1–3) or the year (1) of a year. */
public record Period(PeriodKind kind, int year, int number) {

    public Period {
        if (kind == null) {
            throw new RuleViolationException("Say which kind of period the checklist is for: MONTH, TERTIAL or YEAR.");
        }
        if (year < 2000 || year > 2200) {
            throw new RuleViolationException("The period's year " + year + " is out of range.");
        }
        if (number < 1 || number > kind.perYear()) {
            throw new RuleViolationException("A " + kind.name().toLowerCase() + " period is numbered 1 to " + kind.perYear()
                    + ", not " + number + ".");
        }
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case TERTIAL -> LocalDate.of(year, (number - 1) * 4 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (kind) {
            case MONTH -> firstDay().plusMonths(1).minusDays(1);
            case TERTIAL -> firstDay().plusMonths(4).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** "mars 2027", "T1 2027", "2027": how the period reads in a checklist's title. */
    public String label() {
        return switch (kind) {
            case MONTH -> MONTHS[number - 1] + " " + year;
            case TERTIAL -> "T" + number + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
}
