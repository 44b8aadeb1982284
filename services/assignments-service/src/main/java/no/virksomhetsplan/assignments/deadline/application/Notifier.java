package no.virksomhetsplan.assignments.deadline.application;

import no.virksomhetsplan.assignments.deadline.domain.Mail;
import no.virksomhetsplan.assignments.deadline.domain.Mails;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Tells a person something twice: as an event for the other services, and as an e-mail when their address is known. */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Outbox outbox;
    private final Mails mails;
    private final PersonDirectory people;
    private final MailProperties properties;

    Notifier(Outbox outbox, Mails mails, PersonDirectory people, MailProperties properties) {
        this.outbox = outbox;
        this.mails = mails;
        this.people = people;
        this.properties = properties;
    }

    void notify(String tenant, String recipient, String[] subjectAndBody, IntegrationEvent event) {
        outbox.add(Topics.ASSIGNMENTS, tenant, event);
        if (!properties.enabled()) {
            return;
        }
        people.find(tenant, recipient).map(person -> person.email()).filter(address -> address != null && !address.isBlank())
                .ifPresentOrElse(address -> mails.enqueue(tenant, new Mail(recipient, address, subjectAndBody[0], subjectAndBody[1])),
                        () -> log.info("No e-mail address known for {} in {}; the event was published", recipient, tenant));
    }
}
