package no.virksomhetsplan.indicators.value.domain;

/** Who delivers values: a fagsystem (over Kafka or REST) or a person (manual entry, CSV upload). */
public sealed interface Submitter {

    /** The source of values entered by people. */
    String MANUAL = "MANUAL";

    /** A professional system; each value names the system and carries the system's own event id. */
    record Fagsystem() implements Submitter {
    }

    /** Someone entering the municipality's own statistics by hand; a new value replaces the one before it. */
    record Person(String username) implements Submitter {
    }
}
