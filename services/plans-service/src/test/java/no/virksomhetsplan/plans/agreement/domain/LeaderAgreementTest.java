package no.virksomhetsplan.plans.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAcknowledged;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.LeaderAgreementDrafted;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class LeaderAgreementTest {

    private static final Instant MONDAY = Instant.parse("2027-02-01T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-02-02T08:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2027-02-03T08:00:00Z");

    private final OrgUnit skole = OrgUnit.top("fjordvik", "Fjordvik kommune", "1000", "kommune").unit()
            .addChild("Oppvekst og kultur", "2000", "sektor").unit()
            .addChild("Fjordvik skole", "2110", "virksomhet").unit();

    @Test
    void anAgreementIsDraftedForALeaderAndTheirSuperior() {
        LeaderAgreement.Changed drafted = LeaderAgreement.draft("fjordvik", 2027, skole, " Per.Berg ", "kari.sjef",
                sections("Trivsel minst 90 %"), "kari.sjef", MONDAY);

        LeaderAgreement agreement = drafted.agreement();
        assertThat(agreement.leaderUsername()).isEqualTo("per.berg");
        assertThat(agreement.current().state()).isEqualTo(AgreementState.DRAFT);
        assertThat(agreement.partyOf("PER.BERG")).contains(Party.LEADER);
        assertThat(agreement.partyOf("kari.sjef")).contains(Party.SUPERIOR);
        assertThat(agreement.partyOf("lars.vik")).isEmpty();
        assertThat(drafted.event()).isInstanceOfSatisfying(LeaderAgreementDrafted.class, event -> {
            assertThat(event.unitId()).isEqualTo(skole.id().value());
            assertThat(event.sections().goalsAndPriorities()).isEqualTo("Trivsel minst 90 %");
            assertThat(event.version()).isEqualTo(1);
        });
    }

    @Test
    void itIsAgreedWhenBothHaveAcknowledged() {
        LeaderAgreement.Changed byLeader = aDraft().acknowledge(Party.LEADER, TUESDAY);
        LeaderAgreement.Changed bySuperior = byLeader.agreement().acknowledge(Party.SUPERIOR, WEDNESDAY);

        assertThat(byLeader.agreement().current().state()).isEqualTo(AgreementState.DRAFT);
        assertThat(byLeader.event()).isInstanceOfSatisfying(LeaderAgreementAcknowledged.class, event -> {
            assertThat(event.party()).isEqualTo("LEADER");
            assertThat(event.acknowledgedAt()).isEqualTo(TUESDAY);
        });
        AgreementRevision agreed = bySuperior.agreement().current();
        assertThat(agreed.state()).isEqualTo(AgreementState.AGREED);
        assertThat(agreed.leaderAcknowledgement()).isEqualTo(new Acknowledgement("per.berg", TUESDAY));
        assertThat(agreed.superiorAcknowledgement()).isEqualTo(new Acknowledgement("kari.sjef", WEDNESDAY));
        assertThat(agreed.agreedAt()).isEqualTo(WEDNESDAY);
        assertThat(bySuperior.event()).isInstanceOfSatisfying(LeaderAgreementAgreed.class, event -> {
            assertThat(event.leaderAcknowledgedAt()).isEqualTo(TUESDAY);
            assertThat(event.superiorAcknowledgedAt()).isEqualTo(WEDNESDAY);
            assertThat(event.version()).isEqualTo(3);
        });
    }

    @Test
    void theSamePartyCannotAcknowledgeTwiceNorAnAgreedRevision() {
        LeaderAgreement byLeader = aDraft().acknowledge(Party.LEADER, TUESDAY).agreement();
        LeaderAgreement agreed = byLeader.acknowledge(Party.SUPERIOR, WEDNESDAY).agreement();

        assertThatThrownBy(() -> byLeader.acknowledge(Party.LEADER, WEDNESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("per.berg has already acknowledged revision 1")
                .hasMessageContaining("waits for kari.sjef");
        assertThatThrownBy(() -> agreed.acknowledge(Party.LEADER, WEDNESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already agreed");
    }

    @Test
    void anEditAfterOneAcknowledgementTakesItBack() {
        LeaderAgreement byLeader = aDraft().acknowledge(Party.LEADER, TUESDAY).agreement();

        LeaderAgreement.Changed edited = byLeader.revise(sections("Trivsel minst 92 %"), "kari.sjef", WEDNESDAY);

        assertThat(edited.agreement().revisions()).hasSize(1);
        assertThat(edited.agreement().current().leaderAcknowledgement()).isNull();
        assertThat(edited.agreement().current().superiorAcknowledgement()).isNull();
        assertThat(edited.event()).isInstanceOf(LeaderAgreementDrafted.class);
        assertThat(edited.agreement().acknowledge(Party.SUPERIOR, WEDNESDAY).agreement().current().state())
                .isEqualTo(AgreementState.DRAFT);
    }

    @Test
    void changingAnAgreedAgreementStartsANewRevisionAndKeepsTheAgreedOne() {
        LeaderAgreement agreed = aDraft().acknowledge(Party.LEADER, TUESDAY).agreement()
                .acknowledge(Party.SUPERIOR, TUESDAY).agreement();

        LeaderAgreement renegotiated = agreed.revise(sections("Nye prioriteringer etter høstsamtalen"), "per.berg", WEDNESDAY)
                .agreement();

        assertThat(renegotiated.revisions()).extracting(AgreementRevision::state)
                .containsExactly(AgreementState.AGREED, AgreementState.DRAFT);
        assertThat(renegotiated.revisions().get(0)).isEqualTo(agreed.current());
        assertThat(renegotiated.current().number()).isEqualTo(2);
    }

    @Test
    void theLeaderAndTheSuperiorAreTwoPeopleAndThereIsSomethingToAgree() {
        assertThatThrownBy(() -> LeaderAgreement.draft("fjordvik", 2027, skole, "per.berg", "PER.BERG", sections("x"),
                "per.berg", MONDAY)).isInstanceOf(RuleViolationException.class).hasMessageContaining("two different people");
        assertThatThrownBy(() -> LeaderAgreement.draft("fjordvik", 2027, skole, " ", "kari.sjef", sections("x"),
                "kari.sjef", MONDAY)).isInstanceOf(RuleViolationException.class).hasMessageContaining("leader's username");
        LeaderAgreement empty = LeaderAgreement.draft("fjordvik", 2027, skole, "per.berg", "kari.sjef", AgreementSections.EMPTY,
                "kari.sjef", MONDAY).agreement();
        assertThatThrownBy(() -> empty.acknowledge(Party.LEADER, TUESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no content");
    }

    private LeaderAgreement aDraft() {
        return LeaderAgreement.draft("fjordvik", 2027, skole, "per.berg", "kari.sjef", sections("Trivsel minst 90 %"),
                "kari.sjef", MONDAY).agreement();
    }

    private static AgreementSections sections(String goals) {
        return new AgreementSections(goals, "Rektorskolen høsten 2027.", "Månedlige oppfølgingssamtaler.");
    }
}
