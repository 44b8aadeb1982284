package no.virksomhetsplan.indicators.value.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.Rejection;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The CloudEvents headers a record on the inbound topic must carry (binary content mode): spec version 1.0, an id, a
 * source, the inbound type, and the municipality in {@code ce_tenant}; {@code ce_time} and {@code content-type} are
 * optional but must be right when present.
 */
final class InboundHeaders {

    /** In the order of the check's locals. */
    private static final List<String> REQUIRED = List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.TENANT);

    private final Predicate<String> served;

    /** @param served whether this system serves a municipality (by its tenant id) */
    InboundHeaders(Predicate<String> served) {
        this.served = served;
    }

    /** Either the record's municipality, or why its headers are refused. */
    sealed interface Checked {
    }

    record Tenant(String tenant) implements Checked {
    }

    record Refused(Rejection rejection) implements Checked {
    }

    Checked check(ConsumerRecord<String, byte[]> record) {
        // One pass over the headers into locals (no map per record); a header given twice counts by its last value, as
        // Headers.lastHeader would.
        String specVersion = null;
        String id = null;
        String source = null;
        String type = null;
        String tenant = null;
        String time = null;
        String contentType = null;
        for (Header header : record.headers()) {
            switch (header.key()) {
                case CloudEventHeaders.SPEC_VERSION -> specVersion = text(header);
                case CloudEventHeaders.ID -> id = text(header);
                case CloudEventHeaders.SOURCE -> source = text(header);
                case CloudEventHeaders.TYPE -> type = text(header);
                case CloudEventHeaders.TENANT -> tenant = text(header);
                case CloudEventHeaders.TIME -> time = text(header);
                case CloudEventHeaders.CONTENT_TYPE -> contentType = text(header);
                default -> {
                    // not ours
                }
            }
        }
        String[] required = {specVersion, id, source, type, tenant};
        for (int i = 0; i < required.length; i++) {
            if (required[i] == null || required[i].isBlank()) {
                return refuse(RejectionCode.MISSING_HEADER, "the record has no header " + REQUIRED.get(i));
            }
        }
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.SPEC_VERSION + " is '" + specVersion + "', not "
                    + CloudEventHeaders.SPEC_VERSION_VALUE);
        }
        if (!IndicatorValueReported.TYPE.equals(type)) {
            return refuse(RejectionCode.UNKNOWN_TYPE, CloudEventHeaders.TYPE + " is '" + type + "'; this topic takes only "
                    + IndicatorValueReported.TYPE);
        }
        if (!served.test(tenant)) {
            return refuse(RejectionCode.UNKNOWN_TENANT, "no municipality '" + tenant + "' is served here");
        }
        if (time != null) {
            try {
                OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.TIME + " '" + time + "' is not an RFC 3339 time");
            }
        }
        if (contentType != null && !contentType.startsWith(CloudEventHeaders.JSON)) {
            return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.CONTENT_TYPE + " is '" + contentType + "', not "
                    + CloudEventHeaders.JSON);
        }
        return new Tenant(tenant);
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Refused refuse(RejectionCode code, String message) {
        return new Refused(Rejection.of(code, message));
    }
}
