package no.virksomhetsplan.assignments.deadline.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.virksomhetsplan.assignments.deadline.domain.Mails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox over SMTP. Several replicas share it ({@code skip locked}); a mail that fails is tried again
 * later, each time waiting twice as long (up to an hour), and given up after the configured number of attempts.
 * Delivery is at least once: a crash between the SMTP server's acceptance and the commit sends that mail again.
 */
@Service
public class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 50;
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private final Mails mails;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailRelay(Mails mails, JavaMailSender sender, MailProperties properties, TransactionTemplate transaction, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${virksomhetsplan.mail.relay-delay}", initialDelayString = "${virksomhetsplan.mail.relay-delay}")
    void onSchedule() {
        if (properties.enabled()) {
            sendPending();
        }
    }

    /** Sends every mail that is due, batch by batch. @return how many were sent */
    public int sendPending() {
        int sent = 0;
        Integer batch;
        do {
            batch = transaction.execute(status -> sendBatch());
            sent += batch == null ? 0 : batch;
        } while (batch != null && batch == BATCH);
        return sent;
    }

    private int sendBatch() {
        List<Mails.Pending> pending = mails.lockPending(clock.instant(), BATCH);
        int sent = 0;
        for (Mails.Pending mail : pending) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(mail.mail().address());
            message.setSubject(mail.mail().subject());
            message.setText(mail.mail().body());
            try {
                sender.send(message);
                mails.sent(mail.id(), clock.instant());
                sent++;
            } catch (MailException e) {
                int attempts = mail.attempts() + 1;
                Instant retryAt = attempts >= properties.maxAttempts() ? null
                        : clock.instant().plus(min(Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempts, 20)), MAX_WAIT));
                log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.mail().recipient(), attempts, e.getMessage());
                mails.failed(mail.id(), String.valueOf(e.getMessage()), retryAt);
            }
        }
        return pending.size() == BATCH ? BATCH : sent;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
