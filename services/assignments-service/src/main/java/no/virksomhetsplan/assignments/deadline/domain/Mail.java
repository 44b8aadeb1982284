package no.virksomhetsplan.assignments.deadline.domain;

import java.util.Objects;

/** A plain-text e-mail to one person. */
public record Mail(String recipient, String address, String subject, String body) {

    public Mail {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(address);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
