package no.virksomhetsplan.indicators.value.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The headers are compared as bytes where they are certainly right, and decoded and checked as text otherwise: both
 * ways must give the same verdict (the Kafka path with every kind of bad header is in {@link InboundValuesTest}).
 */
class InboundHeadersTest {

    private final InboundHeaders headers = new InboundHeaders(Set.of("fjordvik", "nordby", "bø")::contains);

    @Test
    void aWellFormedRecordIsTakenForItsMunicipality() {
        assertThat(headers.check(record("fjordvik"))).isEqualTo(new InboundHeaders.Tenant("fjordvik"));
    }

    @Test
    void recordsOfMunicipalitiesInTurnAreEachTakenForTheirOwn() {
        assertThat(headers.check(record("fjordvik"))).isEqualTo(new InboundHeaders.Tenant("fjordvik"));
        assertThat(headers.check(record("nordby"))).isEqualTo(new InboundHeaders.Tenant("nordby"));
        assertThat(headers.check(record("nordby"))).isEqualTo(new InboundHeaders.Tenant("nordby"));
        assertThat(headers.check(record("bø"))).isEqualTo(new InboundHeaders.Tenant("bø"));
        assertThat(headers.check(record("fjordvik"))).isEqualTo(new InboundHeaders.Tenant("fjordvik"));
        assertThat(headers.check(record("atlantis"))).isEqualTo(refused(RejectionCode.UNKNOWN_TENANT,
                "no municipality 'atlantis' is served here"));
    }

    @Test
    void optionalHeadersThatAreRightAreTaken() {
        var record = record("fjordvik");
        add(record, CloudEventHeaders.TIME, "2026-11-27T10:15:30+01:00");
        add(record, CloudEventHeaders.CONTENT_TYPE, "application/json; charset=utf-8");
        assertThat(headers.check(record)).isEqualTo(new InboundHeaders.Tenant("fjordvik"));
    }

    @Test
    void aBlankRequiredHeaderIsMissingWhateverItsBlanks() {
        for (String blank : new String[] {"", "   ", "\t", "\u2003", "\u2003 \u3000"}) {
            var record = record("fjordvik");
            add(record, CloudEventHeaders.ID, blank);
            assertThat(headers.check(record)).as("ce_id '%s'", blank)
                    .isEqualTo(refused(RejectionCode.MISSING_HEADER, "the record has no header " + CloudEventHeaders.ID));
        }
    }

    @Test
    void aHeaderGivenTwiceCountsByItsLastValue() {
        var record = record("fjordvik");
        add(record, CloudEventHeaders.SPEC_VERSION, "0.3");
        assertThat(headers.check(record)).isEqualTo(refused(RejectionCode.INVALID_HEADER,
                CloudEventHeaders.SPEC_VERSION + " is '0.3', not 1.0"));
        var corrected = record("fjordvik");
        add(corrected, CloudEventHeaders.SPEC_VERSION, "0.3");
        add(corrected, CloudEventHeaders.SPEC_VERSION, "1.0");
        assertThat(headers.check(corrected)).isEqualTo(new InboundHeaders.Tenant("fjordvik"));
    }

    @Test
    void wrongValuesAreRefusedWithTheirReason() {
        var type = record("fjordvik");
        add(type, CloudEventHeaders.TYPE, IndicatorValueReported.TYPE + "x");
        assertThat(headers.check(type)).extracting(checked -> ((InboundHeaders.Refused) checked).rejection().code())
                .isEqualTo(RejectionCode.UNKNOWN_TYPE);
        var contentType = record("fjordvik");
        add(contentType, CloudEventHeaders.CONTENT_TYPE, "application/jso");
        assertThat(headers.check(contentType)).extracting(checked -> ((InboundHeaders.Refused) checked).rejection().code())
                .isEqualTo(RejectionCode.INVALID_HEADER);
        var time = record("fjordvik");
        add(time, CloudEventHeaders.TIME, "yesterday");
        assertThat(headers.check(time)).extracting(checked -> ((InboundHeaders.Refused) checked).rejection().code())
                .isEqualTo(RejectionCode.INVALID_HEADER);
        var nullValue = record("fjordvik");
        nullValue.headers().add(CloudEventHeaders.SOURCE, null);
        assertThat(headers.check(nullValue)).isEqualTo(refused(RejectionCode.MISSING_HEADER,
                "the record has no header " + CloudEventHeaders.SOURCE));
    }

    private static ConsumerRecord<String, byte[]> record(String tenant) {
        var record = new ConsumerRecord<String, byte[]>(Topics.INDICATOR_VALUES_IN, 0, 0L, "key", new byte[0]);
        add(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(record, CloudEventHeaders.ID, "e-1");
        add(record, CloudEventHeaders.SOURCE, "/fagsystem/test");
        add(record, CloudEventHeaders.TYPE, IndicatorValueReported.TYPE);
        add(record, CloudEventHeaders.TENANT, tenant);
        return record;
    }

    private static void add(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundHeaders.Refused refused(RejectionCode code, String message) {
        return new InboundHeaders.Refused(no.virksomhetsplan.indicators.value.domain.Rejection.of(code, message));
    }
}
