package no.virksomhetsplan.contracts;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary content mode,
 * plus our {@code tenant} extension. The record value is the event's JSON data.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the municipality the event belongs to. */
    public static final String TENANT = "ce_tenant";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
