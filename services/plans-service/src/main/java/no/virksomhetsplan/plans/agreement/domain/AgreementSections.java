package no.virksomhetsplan.plans.agreement.domain;

import java.util.stream.Stream;
import no.virksomhetsplan.contracts.plans.LeaderAgreementSections;
import no.virksomhetsplan.plans.common.domain.Texts;

/** What the leader and the superior agree: goals and priorities, the leader's development, mutual expectations. */
public record AgreementSections(String goalsAndPriorities, String development, String expectations) {

    public static final int MAX_SECTION_LENGTH = 20_000;
    public static final AgreementSections EMPTY = new AgreementSections(null, null, null);

    public AgreementSections {
        goalsAndPriorities = Texts.optional(goalsAndPriorities, "The goals and priorities section", MAX_SECTION_LENGTH);
        development = Texts.optional(development, "The development section", MAX_SECTION_LENGTH);
        expectations = Texts.optional(expectations, "The expectations section", MAX_SECTION_LENGTH);
    }

    public boolean isEmpty() {
        return Stream.of(goalsAndPriorities, development, expectations).allMatch(text -> text == null);
    }

    LeaderAgreementSections toContract() {
        return new LeaderAgreementSections(goalsAndPriorities, development, expectations);
    }
}
