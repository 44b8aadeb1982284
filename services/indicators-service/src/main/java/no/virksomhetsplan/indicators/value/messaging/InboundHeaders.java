package no.virksomhetsplan.indicators.value.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        String type = header(record, CloudEventHeaders.TYPE);
        String tenant = header(record, CloudEventHeaders.TENANT);
        String[][] required = {{CloudEventHeaders.SPEC_VERSION, specVersion}, {CloudEventHeaders.ID, header(record, CloudEventHeaders.ID)},
                {CloudEventHeaders.SOURCE, header(record, CloudEventHeaders.SOURCE)}, {CloudEventHeaders.TYPE, type},
                {CloudEventHeaders.TENANT, tenant}};
        for (String[] header : required) {
            if (header[1] == null || header[1].isBlank()) {
                return refuse(RejectionCode.MISSING_HEADER, "the record has no header " + header[0]);
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
        if (!tenants.contains(tenant)) {
            return refuse(RejectionCode.UNKNOWN_TENANT, "no municipality '" + tenant + "' is served here");
        }
        String time = header(record, CloudEventHeaders.TIME);
        if (time != null) {
            try {
                OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.TIME + " '" + time + "' is not an RFC 3339 time");
            }
        }
        String contentType = header(record, CloudEventHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith(CloudEventHeaders.JSON)) {
            return refuse(RejectionCode.INVALID_HEADER, CloudEventHeaders.CONTENT_TYPE + " is '" + contentType + "', not "
                    + CloudEventHeaders.JSON);
        }
        return new Tenant(tenant);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Refused refuse(RejectionCode code, String message) {
        return new Refused(Rejection.of(code, message));
    }
}
