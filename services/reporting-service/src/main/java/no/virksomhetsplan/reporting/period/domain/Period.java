package no.virksomhetsplan.reporting.period.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A reporting period as indicators-service writes it: a month ({@code 2027-03}), a tertial ({@code 2027-T1}, T1 =
 * January–April, T2 = May–August, T3 = September–December) or a year ({@code 2027}).
 */
public record Period(Kind kind, int year, int number) {

    public enum Kind { MONTH, TERTIAL, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})-T([123])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("the year must be between 2000 and 2100");
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case TERTIAL -> 3;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException("no " + kind.name().toLowerCase() + " " + number);
        }
    }

    /** @throws IllegalArgumentException if the text is none of the three forms */
    public static Period parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a period is required, e.g. 2027-03, 2027-T1 or 2027");
        }
        Matcher m;
        if ((m = MONTH.matcher(text)).matches()) {
            return new Period(Kind.MONTH, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = TERTIAL.matcher(text)).matches()) {
            return new Period(Kind.TERTIAL, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return new Period(Kind.YEAR, Integer.parseInt(m.group(1)), 1);
        }
        throw new IllegalArgumentException("'" + text + "' is not a period; write 2027-03, 2027-T1 or 2027");
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 1);
    }

    public int firstMonth() {
        return switch (kind) {
            case MONTH -> number;
            case TERTIAL -> (number - 1) * 4 + 1;
            case YEAR -> 1;
        };
    }

    public int lastMonth() {
        return switch (kind) {
            case MONTH -> number;
            case TERTIAL -> number * 4;
            case YEAR -> 12;
        };
    }

    /** The months of the period, each as a period of its own. */
    public List<Period> months() {
        return IntStream.rangeClosed(firstMonth(), lastMonth()).mapToObj(m -> new Period(Kind.MONTH, year, m)).toList();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    public boolean contains(Period other) {
        return other.year == year && other.firstMonth() >= firstMonth() && other.lastMonth() <= lastMonth();
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return switch (kind) {
            case MONTH -> number == 1 ? new Period(kind, year - 1, 12) : new Period(kind, year, number - 1);
            case TERTIAL -> number == 1 ? new Period(kind, year - 1, 3) : new Period(kind, year, number - 1);
            case YEAR -> new Period(kind, year - 1, 1);
        };
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        return switch (kind) {
            case MONTH -> number == 12 ? new Period(kind, year + 1, 1) : new Period(kind, year, number + 1);
            case TERTIAL -> number == 3 ? new Period(kind, year + 1, 1) : new Period(kind, year, number + 1);
            case YEAR -> new Period(kind, year + 1, 1);
        };
    }

    /** Norwegian name for documents: "mars 2027", "1. tertial 2027", "2027". */
    public String displayName() {
        return switch (kind) {
            case MONTH -> MONTH_NAMES.get(number - 1) + " " + year;
            case TERTIAL -> number + ". tertial " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    private static final List<String> MONTH_NAMES = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");

    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case TERTIAL -> year + "-T" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
