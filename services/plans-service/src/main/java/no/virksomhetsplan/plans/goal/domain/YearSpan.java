package no.virksomhetsplan.plans.goal.domain;

import java.util.List;
import java.util.stream.IntStream;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** The plan years a goal covers, both ends included: a kommuneplan goal spans a decade, a unit goal often one year. */
public record YearSpan(int fromYear, int toYear) {

    public YearSpan {
        if (fromYear < PlanYear.FIRST_YEAR || toYear > PlanYear.LAST_YEAR) {
            throw new RuleViolationException(
                    "A goal's years must lie between " + PlanYear.FIRST_YEAR + " and " + PlanYear.LAST_YEAR + ".");
        }
        if (fromYear > toYear) {
            throw new RuleViolationException("A goal's first year (" + fromYear + ") cannot come after its last year (" + toYear + ").");
        }
    }

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }

    @Override
    public String toString() {
        return fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear;
    }
}
