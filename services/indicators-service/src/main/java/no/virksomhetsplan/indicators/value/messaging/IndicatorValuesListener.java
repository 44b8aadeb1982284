package no.virksomhetsplan.indicators.value.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.application.RecordValues;
import no.virksomhetsplan.indicators.value.application.ValueReader;
import no.virksomhetsplan.indicators.value.domain.Rejection;
import no.virksomhetsplan.indicators.value.domain.RejectionCode;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.platform.messaging.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Takes in values from fagsystemer, a whole poll at a time. Every record is checked in memory (headers, JSON, schema,
 * then the rules); the good ones of each municipality are stored in one transaction; every refused record goes to the
 * dead-letter topic with the reason. The listener returns, and the offsets are committed, only after both: a crash in
 * between delivers the poll again, which changes nothing already stored.
 *
 * <p>A partition never stalls on a bad record: bad records are refused, not thrown. Only an outage (database or
 * Kafka unreachable) throws, and then the poll is retried until it passes. Should storing a batch fail for any other
 * reason, its values are stored one by one, so the one that fails goes to the dead letters alone.
 */
class IndicatorValuesListener {

    private static final Logger log = LoggerFactory.getLogger(IndicatorValuesListener.class);
    private static final long DEAD_LETTER_TIMEOUT_SECONDS = 30;

    private final InboundHeaders headers;
    private final ValueReader reader;
    private final RecordValues recordValues;
    private final KafkaTemplate<String, byte[]> kafka;

    IndicatorValuesListener(InboundHeaders headers, ValueReader reader, RecordValues recordValues, KafkaTemplate<String, byte[]> kafka) {
        this.headers = headers;
        this.reader = reader;
        this.recordValues = recordValues;
        this.kafka = kafka;
    }

    private record Accepted(ConsumerRecord<String, byte[]> record, IndicatorValueReported value) {
    }

    private record DeadLetter(ConsumerRecord<String, byte[]> record, Rejection rejection) {
    }

    @KafkaListener(id = "indicator-values", topics = Topics.INDICATOR_VALUES_IN, groupId = "${spring.application.name}.indicator-values",
            containerFactory = IngestionConfiguration.CONTAINER_FACTORY, batch = "true",
            properties = "max.poll.records=${virksomhetsplan.indicators.ingestion.max-poll-records:2000}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        long start = System.nanoTime();
        List<DeadLetter> deadLetters = new ArrayList<>();
        Map<String, List<Accepted>> byTenant = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            InboundHeaders.Checked checked = headers.check(record);
            if (checked instanceof InboundHeaders.Refused refused) {
                deadLetters.add(new DeadLetter(record, refused.rejection()));
                continue;
            }
            String tenant = ((InboundHeaders.Tenant) checked).tenant();
            ValueReader.Read read = reader.read(record.value());
            if (read instanceof ValueReader.Unreadable unreadable) {
                deadLetters.add(new DeadLetter(record, unreadable.rejection()));
            } else if (read instanceof ValueReader.Readable readable) {
                byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(new Accepted(record, readable.value()));
            }
        }
        long read = System.nanoTime();
        byTenant.forEach((tenant, accepted) -> store(tenant, accepted, deadLetters));
        send(deadLetters);
        log.debug("{} records: read in {} ms, stored and committed in {} ms", records.size(), (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
    }

    private void store(String tenant, List<Accepted> accepted, List<DeadLetter> deadLetters) {
        List<StoreOutcome> outcomes;
        try {
            outcomes = recordValues.record(tenant, new Submitter.Fagsystem(), accepted.stream().map(Accepted::value).toList());
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                throw e;
            }
            log.warn("Storing a batch of {} values of {} failed; storing them one by one", accepted.size(), tenant, e);
            outcomes = accepted.stream().map(one -> storeAlone(tenant, one)).toList();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof StoreOutcome.Refused refused) {
                deadLetters.add(new DeadLetter(accepted.get(i).record(), refused.rejection()));
            }
        }
    }

    private StoreOutcome storeAlone(String tenant, Accepted one) {
        try {
            return recordValues.record(tenant, new Submitter.Fagsystem(), List.of(one.value())).get(0);
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                throw e;
            }
            log.error("A value from {} at {}-{}@{} could not be stored", tenant, one.record().topic(), one.record().partition(),
                    one.record().offset(), e);
            return new StoreOutcome.Refused(Rejection.of(RejectionCode.STORE_FAILED, "the value could not be stored: "
                    + e.getClass().getSimpleName()));
        }
    }

    private void send(List<DeadLetter> deadLetters) {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(deadLetters.size());
        for (DeadLetter deadLetter : deadLetters) {
            acks.add(kafka.send(DeadLetters.deadLetter(deadLetter.record(), deadLetter.rejection().toString())));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(DEAD_LETTER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending dead letters", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the dead letters; the poll is retried", e);
        }
        log.debug("{} inbound values refused and sent to the dead letters", deadLetters.size());
    }

    /** The database or its connections are away: retrying later is right, refusing the values would be wrong. */
    private static boolean isOutage(RuntimeException e) {
        return e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException
                || e instanceof CannotCreateTransactionException;
    }
}
