package no.virksomhetsplan.plans.goal.application;

import java.util.Set;
import java.util.stream.Collectors;
import no.virksomhetsplan.plans.goal.domain.YearSpan;
import no.virksomhetsplan.plans.planyear.application.PlanYearService;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * A goal spans several plan years, some perhaps not opened yet; it may change as long as one of them is still
 * open to change. A goal whose every year is closed is part of the record and stays as it was.
 */
@Component
class GoalYears {

    private final PlanYearService planYears;

    GoalYears(PlanYearService planYears) {
        this.planYears = planYears;
    }

    void requireNotAllClosed(Caller caller, YearSpan years) {
        Set<Integer> closed = planYears.all(caller).stream().filter(PlanYear::isClosed).map(PlanYear::year)
                .collect(Collectors.toSet());
        if (closed.containsAll(years.years())) {
            throw new RuleViolationException("The plan year" + (years.fromYear() == years.toYear() ? " " : "s ") + years
                    + (years.fromYear() == years.toYear() ? " is" : " are") + " closed; a goal can only be set or changed while"
                    + " at least one of its years is not closed.");
        }
    }
}
