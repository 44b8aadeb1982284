package no.virksomhetsplan.contracts.plans;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A revision of an assignment letter was sent to the receiving unit; from now on it is fixed and the unit's
 * people read it. A later revision replaces it for the recipient once that one is sent.
 * Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param letterId   the letter; all its revisions share it
 * @param revision   the revision that was sent
 * @param year       the plan year
 * @param fromUnitId the sending unit
 * @param toUnitId   the receiving unit
 * @param title      the letter's title
 * @param sections   the sections as sent
 * @param goalIds    the goals the letter links
 * @param sentAt     when it was sent (UTC)
 * @param sentBy     the sender's username
 * @param version    the letter's version after this change
 */
public record AssignmentLetterSent(
        UUID letterId,
        int revision,
        int year,
        UUID fromUnitId,
        UUID toUnitId,
        String title,
        AssignmentLetterSections sections,
        List<UUID> goalIds,
        Instant sentAt,
        String sentBy,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.letters.letter-sent.v1";

    public AssignmentLetterSent {
        goalIds = List.copyOf(goalIds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return letterId.toString();
    }
}
