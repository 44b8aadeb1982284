package no.virksomhetsplan.contracts;

/**
 * An event published to other services. Implementations are immutable records in this module;
 * a published type name is never renamed: a breaking change gets a new {@code .vN} type.
 */
public interface IntegrationEvent {

    /** The versioned CloudEvents type, e.g. {@code no.virksomhetsplan.org.unit-created.v1}. */
    String eventType();

    /** The aggregate the event is about; used as subject and Kafka key. */
    String subject();
}
