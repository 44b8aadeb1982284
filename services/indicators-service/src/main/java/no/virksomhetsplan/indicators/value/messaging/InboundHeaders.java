package no.virksomhetsplan.indicators.value.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
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

    private static final byte[] SPEC_VERSION_VALUE = CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPE_VALUE = IndicatorValueReported.TYPE.getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON = CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8);

    private final Predicate<String> served;
    /** Shared by the consumers' threads; an immutable pair, so a stale one only costs a decoding. */
    private volatile Decoded lastTenant;

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
        // Headers.lastHeader would. The values stay bytes: a well-formed record is recognised by comparing them with
        // the expected bytes, and only the municipality is decoded (once for a run of records of the same one).
        byte[] specVersion = null;
        byte[] id = null;
        byte[] source = null;
        byte[] type = null;
        byte[] tenant = null;
        byte[] time = null;
        byte[] contentType = null;
        for (Header header : record.headers()) {
            switch (header.key()) {
                case CloudEventHeaders.SPEC_VERSION -> specVersion = header.value();
                case CloudEventHeaders.ID -> id = header.value();
                case CloudEventHeaders.SOURCE -> source = header.value();
                case CloudEventHeaders.TYPE -> type = header.value();
                case CloudEventHeaders.TENANT -> tenant = header.value();
                case CloudEventHeaders.TIME -> time = header.value();
                case CloudEventHeaders.CONTENT_TYPE -> contentType = header.value();
                default -> {
                    // not ours
                }
            }
        }
        if (time == null && Arrays.equals(specVersion, SPEC_VERSION_VALUE) && Arrays.equals(type, TYPE_VALUE) && visible(id)
                && visible(source) && visible(tenant) && (contentType == null || startsWith(contentType, JSON))) {
            String municipality = municipality(tenant);
            if (served.test(municipality)) {
                return new Tenant(municipality);
            }
        }
        return check(text(specVersion), text(id), text(source), text(type), text(tenant), text(time), text(contentType));
    }

    /** The checks on the decoded headers, which word every refusal. */
    private Checked check(String specVersion, String id, String source, String type, String tenant, String time, String contentType) {
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

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /**
     * Certainly not blank: a visible ASCII character among the bytes (in UTF-8 such a byte is only ever that character).
     * Anything else (only spaces, or only other characters) is left to the checks on the decoded text.
     */
    private static boolean visible(byte[] value) {
        if (value == null) {
            return false;
        }
        for (byte b : value) {
            if (b > 0x20 && b < 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] value, byte[] prefix) {
        return value.length >= prefix.length && Arrays.equals(value, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The municipality's id, decoded only when it differs from the last one (records come in runs of one municipality). */
    private String municipality(byte[] tenant) {
        Decoded last = lastTenant;
        if (last != null && Arrays.equals(last.bytes(), tenant)) {
            return last.text();
        }
        String text = new String(tenant, StandardCharsets.UTF_8);
        lastTenant = new Decoded(tenant.clone(), text);
        return text;
    }

    private record Decoded(byte[] bytes, String text) {
    }

    private static Refused refuse(RejectionCode code, String message) {
        return new Refused(Rejection.of(code, message));
    }
}
