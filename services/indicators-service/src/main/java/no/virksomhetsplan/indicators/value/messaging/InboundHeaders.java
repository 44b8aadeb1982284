package no.virksomhetsplan.indicators.value.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final List<String> REQUIRED = List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.TENANT);
    private static final Set<String> NAMES = Set.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
            CloudEventHeaders.TYPE, CloudEventHeaders.TENANT, CloudEventHeaders.TIME, CloudEventHeaders.CONTENT_TYPE);

    private final Set<String> tenants;

    /** @param tenants the municipalities this system serves */
    InboundHeaders(Set<String> tenants) {
        this.tenants = Set.copyOf(tenants);
    }

    /** Either the record's municipality, or why its headers are refused. */
    sealed interface Checked {
    }

    record Tenant(String tenant) implements Checked {
    }

    record Refused(Rejection rejection) implements Checked {
    }

    Checked check(ConsumerRecord<String, byte[]> record) {
        // One pass over the headers; a header given twice counts by its last value, as Headers.lastHeader would.
        Map<String, String> ours = new HashMap<>();
        for (Header header : record.headers()) {
            if (NAMES.contains(header.key())) {
                ours.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        for (String required : REQUIRED) {
            String value = ours.get(required);
            if (value == null || value.isBlank()) {
                return refuse(RejectionCode.MISSING_HEADER, "the record has no header " + required);
            }
        }
        String specVersion = ours.get(CloudEventHeaders.SPEC_VERSION);
        String type = ours.get(CloudEventHeaders.TYPE);
        String tenant = ours.get(CloudEventHeaders.TENANT);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.SPEC_VERSION + " is '" + specVersion + "', not "
                    + CloudEventHeaders.SPEC_VERSION_VALUE);
        }
        if (!IndicatorValueReported.TYPE.equals(type)) {
            return refuse(RejectionCode.UNKNOWN_TYPE, CloudEventHeaders.TYPE + " is '" + type + "'; this topic takes only "
                    + IndicatorValueReported.TYPE);
        }
        if (!tenants.contains(tenant)) {
            return refuse(RejectionCode.UNKNOWN_TENANT, "no municipality '" + tenant + "' is served here");
        }
        String time = ours.get(CloudEventHeaders.TIME);
        if (time != null) {
            try {
                OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.TIME + " '" + time + "' is not an RFC 3339 time");
            }
        }
        String contentType = ours.get(CloudEventHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(CloudEventHeaders.JSON)) {
            return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.CONTENT_TYPE + " is '" + contentType + "', not "
                    + CloudEventHeaders.JSON);
        }
        return new Tenant(tenant);
    }

    private static Refused refuse(RejectionCode code, String message) {
        return new Refused(Rejection.of(code, message));
    }
}
