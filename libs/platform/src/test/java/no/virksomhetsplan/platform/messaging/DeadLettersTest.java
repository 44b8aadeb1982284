package no.virksomhetsplan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

class DeadLettersTest {

    private final ConsumerProperties properties = new ConsumerProperties(3, Duration.ofMillis(500), Duration.ofSeconds(5));

    @Test
    void aRecordIsRetriedForAsLongAsTheDatabaseCannotBeReached() {
        Exception databaseDown = new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("Could not open JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms")));

        BackOff backOff = DeadLetters.backOffFor(databaseDown, properties);

        assertThat(backOff).isNotNull();
        BackOffExecution execution = backOff.start();
        long pause = 0;
        for (int attempt = 0; attempt < 1000; attempt++) {
            pause = execution.nextBackOff();
            assertThat(pause).as("attempt " + attempt).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(pause).as("the pause grows up to its maximum").isEqualTo(5000);
    }

    @Test
    void anythingElseGetsTheBoundedRetriesBeforeTheDeadLetters() {
        assertThat(DeadLetters.backOffFor(new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("a defect")), properties)).isNull();
        assertThat(DeadLetters.backOffFor(new InvalidEventException("no id"), properties)).isNull();
    }
}
