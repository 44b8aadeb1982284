package no.virksomhetsplan.assignments.deadline.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of reminders, escalations and digests (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param enabled     true once an SMTP server is configured; false: no mails are written, only the events are published
 * @param from        the sender address
 * @param maxAttempts how often a mail is tried before it is given up (and left in the table with its error)
 */
@ConfigurationProperties("virksomhetsplan.mail")
public record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("virksomhetsplan@localhost") String from,
        @DefaultValue("10") int maxAttempts) {
}
