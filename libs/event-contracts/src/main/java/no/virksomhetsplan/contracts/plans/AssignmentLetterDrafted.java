package no.virksomhetsplan.contracts.plans;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * An assignment letter was written or its draft changed: a new letter, an edited draft, or a new revision of a
 * letter that had been sent. The sender's side only; recipients see a revision once it is sent.
 * Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param letterId   the letter; all its revisions share it
 * @param revision   the revision now in draft (1 for a new letter)
 * @param year       the plan year
 * @param fromUnitId the sending unit
 * @param toUnitId   the receiving unit, below the sending unit
 * @param title      the letter's title
 * @param sections   the draft's sections
 * @param goalIds    the goals the letter links, in the sender's order
 * @param version    the letter's version after this change; replicas ignore older versions
 */
public record AssignmentLetterDrafted(
        UUID letterId,
        int revision,
        int year,
        UUID fromUnitId,
        UUID toUnitId,
        String title,
        AssignmentLetterSections sections,
        List<UUID> goalIds,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.letters.letter-drafted.v1";

    public AssignmentLetterDrafted {
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
