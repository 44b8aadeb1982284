package no.virksomhetsplan.indicators.aggregate.application;

/** The aggregates did not take in the values stored before a read within the time a read waits: asked again, they will. */
public class AggregatesBehindException extends RuntimeException {

    public AggregatesBehindException(String message) {
        super(message);
    }
}
