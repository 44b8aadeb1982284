package no.virksomhetsplan.assignments.deadline.domain;

import java.time.Instant;
import java.util.List;

/**
 * The mail outbox: mails are written in the transaction of what caused them and sent afterwards, so a reminder is
 * recorded once however often the job runs, and nothing is lost while the SMTP server is away.
 */
public interface Mails {

    /** A mail waiting to go, with how often sending it failed. */
    record Pending(long id, Mail mail, int attempts) {
    }

    void enqueue(String tenant, Mail mail);

    /** Mails due for sending, locked for this sender; other senders skip them. */
    List<Pending> lockPending(Instant now, int limit);

    void sent(long id, Instant at);

    /** Sending failed; try again at {@code retryAt}, or never when null. */
    void failed(long id, String reason, Instant retryAt);
}
