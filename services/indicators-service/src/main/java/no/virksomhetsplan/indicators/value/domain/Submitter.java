package no.virksomhetsplan.indicators.value.domain;

import no.virksomhetsplan.indicators.orgunit.domain.Unit;

/** Who delivers values: a fagsystem (over Kafka or REST) or a person (manual entry, CSV upload). */
public sealed interface Submitter {

    /** The source of values entered by people. */
    String MANUAL = "MANUAL";

    /** A professional system; each value names the system and carries the system's own event id. */
    record Fagsystem() implements Submitter {
    }

    /**
     * Someone entering the municipality's own statistics by hand; a new value replaces the one before it.
     *
     * @param scope the unit whose subtree the person may enter values for, or null for the whole municipality
     */
    record Person(String username, Unit scope) implements Submitter {

        public boolean mayEnterFor(Unit unit) {
            return scope == null || scope.contains(unit);
        }
    }
}
