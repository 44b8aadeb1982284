package no.virksomhetsplan.indicators.period.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the municipality's calendar: a month ({@code 2027-03}), a tertial ({@code 2027-T1}: January–April,
 * {@code T2} May–August, {@code T3} September–December) or a year ({@code 2027}). The one definition of their first
 * and last days; compared by first day, then by length (a month before the tertial and year that start with it).
 *
 * @param number the month (1–12), the tertial (1–3), or 0 for a year
 */
public record Period(int year, Periodicity periodicity, int number) implements Comparable<Period> {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-(?:(0[1-9]|1[0-2])|T([1-3])))?");

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidPeriodException("The period's year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        boolean fits = switch (periodicity) {
            case MONTH -> number >= 1 && number <= 12;
            case TERTIAL -> number >= 1 && number <= 3;
            case YEAR -> number == 0;
        };
        if (!fits) {
            throw new IllegalArgumentException("no " + periodicity + " " + number);
        }
    }

    /** @throws InvalidPeriodException if the text is not a month, tertial or year of 2000–2100 */
    public static Period parse(String text) {
        Period plain = parsePlain(text);
        if (plain != null) {
            return plain;
        }
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidPeriodException("'" + text + "' is not a period: write a month (2027-03), a tertial (2027-T1) or a year (2027).");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return month(year, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return tertial(year, Integer.parseInt(matcher.group(3)));
        }
        return year(year);
    }

    /**
     * The period, read by hand where the text has one of the three forms (values come in by the thousand); null for
     * anything else, which {@link #parse} then reads by the pattern and words what is wrong. A year outside 2000–2100
     * throws as it would there.
     */
    private static Period parsePlain(String text) {
        if (text == null || text.length() != 4 && text.length() != 7) {
            return null;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            year = year * 10 + (c - '0');
        }
        if (text.length() == 4) {
            return year(year);
        }
        char first = text.charAt(5);
        char second = text.charAt(6);
        if (text.charAt(4) != '-') {
            return null;
        }
        if (first == 'T' && second >= '1' && second <= '3') {
            return tertial(year, second - '0');
        }
        int month = first >= '0' && first <= '1' && second >= '0' && second <= '9' ? (first - '0') * 10 + (second - '0') : 0;
        return month >= 1 && month <= 12 ? month(year, month) : null;
    }

    /** True if the text has the form of a period, whatever its year. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public static Period month(int year, int month) {
        return new Period(year, Periodicity.MONTH, month);
    }

    public static Period tertial(int year, int tertial) {
        return new Period(year, Periodicity.TERTIAL, tertial);
    }

    public static Period year(int year) {
        return new Period(year, Periodicity.YEAR, 0);
    }

    public LocalDate firstDay() {
        return switch (periodicity) {
            case MONTH -> LocalDate.of(year, number, 1);
            case TERTIAL -> LocalDate.of(year, (number - 1) * 4 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (periodicity) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case TERTIAL -> YearMonth.of(year, number * 4).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** True if the period has not begun on {@code today}: nobody can have measured it yet. */
    public boolean startsAfter(LocalDate today) {
        return firstDay().isAfter(today);
    }

    /** This period and the longer ones it lies in: a month, its tertial and its year; a tertial and its year; a year. */
    public List<Period> withEnclosing() {
        List<Period> periods = new ArrayList<>(3);
        periods.add(this);
        if (periodicity == Periodicity.MONTH) {
            periods.add(tertial(year, (number - 1) / 4 + 1));
        }
        if (periodicity != Periodicity.YEAR) {
            periods.add(year(year));
        }
        return periods;
    }

    /** True if {@code other} lies within this period (a period contains itself). */
    public boolean contains(Period other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }

    // Written out rather than the record's generated ones: aggregation hashes periods by the hundred thousand.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Period that && year == that.year && number == that.number
                && periodicity == that.periodicity;
    }

    @Override
    public int hashCode() {
        return (year * 31 + periodicity.ordinal()) * 31 + number;
    }

    @Override
    public int compareTo(Period other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : periodicity.compareTo(other.periodicity);
    }

    @Override
    public String toString() {
        return switch (periodicity) {
            case MONTH -> year + (number < 10 ? "-0" : "-") + number;
            case TERTIAL -> year + "-T" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
