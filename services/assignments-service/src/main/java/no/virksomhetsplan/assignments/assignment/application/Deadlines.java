package no.virksomhetsplan.assignments.assignment.application;

import java.time.LocalDate;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.springframework.stereotype.Component;

/** A deadline may not fall in a plan year that plans-service has closed: a closed year is part of the record. */
@Component
class Deadlines {

    private final SettingsReplica settings;

    Deadlines(SettingsReplica settings) {
        this.settings = settings;
    }

    void requireOpenYear(String tenant, LocalDate deadline) {
        if (deadline != null && settings.isClosed(tenant, deadline.getYear())) {
            throw new RuleViolationException("The plan year " + deadline.getYear() + " is closed: no deadline can fall in it.");
        }
    }
}
