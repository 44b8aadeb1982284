package no.virksomhetsplan.plans.letter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.plans.AssignmentLetterAcknowledged;
import no.virksomhetsplan.contracts.plans.AssignmentLetterDrafted;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class AssignmentLetterTest {

    private static final Instant MONDAY = Instant.parse("2027-01-11T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-01-12T08:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2027-01-13T08:00:00Z");

    private final OrgUnit kommune = OrgUnit.top("fjordvik", "Fjordvik kommune", "1000", "kommune").unit();
    private final OrgUnit oppvekst = kommune.addChild("Oppvekst og kultur", "2000", "sektor").unit();
    private final OrgUnit skole = oppvekst.addChild("Fjordvik skole", "2110", "virksomhet").unit();
    private final OrgUnit helse = kommune.addChild("Helse og velferd", "3000", "sektor").unit();

    @Test
    void aLetterIsWrittenAsADraftToAUnitBelowAndTellsTheOtherServices() {
        AssignmentLetter.Changed written = AssignmentLetter.write("fjordvik", 2027, kommune, oppvekst, aLetter("Oppdragsbrev 2027"),
                "ingrid.fjeld", MONDAY);

        AssignmentLetter letter = written.letter();
        assertThat(letter.current().state()).isEqualTo(LetterState.DRAFT);
        assertThat(letter.current().number()).isEqualTo(1);
        assertThat(letter.version()).isEqualTo(1);
        assertThat(letter.sentRevisions()).isEmpty();
        assertThat(written.event()).isInstanceOfSatisfying(AssignmentLetterDrafted.class, event -> {
            assertThat(event.letterId()).isEqualTo(letter.id().value());
            assertThat(event.toUnitId()).isEqualTo(oppvekst.id().value());
            assertThat(event.sections().budgetFrame()).isEqualByComparingTo("412500000");
            assertThat(event.version()).isEqualTo(1);
        });
    }

    @Test
    void skippingALevelIsFineButNotSidewaysUpwardsOrToItself() {
        assertThat(AssignmentLetter.write("fjordvik", 2027, kommune, skole, aLetter("Direkte"), "ingrid.fjeld", MONDAY).letter())
                .isNotNull();

        assertThatThrownBy(() -> AssignmentLetter.write("fjordvik", 2027, oppvekst, helse, aLetter("Sidelengs"), "x", MONDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Helse og velferd is not below Oppvekst og kultur");
        assertThatThrownBy(() -> AssignmentLetter.write("fjordvik", 2027, skole, oppvekst, aLetter("Oppover"), "x", MONDAY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> AssignmentLetter.write("fjordvik", 2027, skole, skole, aLetter("Til seg selv"), "x", MONDAY))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDraftChangesInPlaceAndIsSentOnce() {
        AssignmentLetter draft = aDraft();

        AssignmentLetter edited = draft.revise(aLetter("Oppdragsbrev 2027, revidert utkast"), "kari.sjef", TUESDAY).letter();
        AssignmentLetter.Changed sent = edited.send("ingrid.fjeld", WEDNESDAY);

        assertThat(edited.revisions()).hasSize(1);
        assertThat(edited.current().content().title()).isEqualTo("Oppdragsbrev 2027, revidert utkast");
        assertThat(edited.current().changedBy()).isEqualTo("kari.sjef");
        assertThat(sent.letter().current().state()).isEqualTo(LetterState.SENT);
        assertThat(sent.letter().version()).isEqualTo(3);
        assertThat(sent.event()).isInstanceOfSatisfying(AssignmentLetterSent.class, event -> {
            assertThat(event.sentBy()).isEqualTo("ingrid.fjeld");
            assertThat(event.sentAt()).isEqualTo(WEDNESDAY);
            assertThat(event.title()).isEqualTo("Oppdragsbrev 2027, revidert utkast");
            assertThat(event.version()).isEqualTo(3);
        });
        assertThatThrownBy(() -> sent.letter().send("ingrid.fjeld", WEDNESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been sent");
    }

    @Test
    void aLetterWithoutAnySectionCannotBeSent() {
        AssignmentLetter empty = AssignmentLetter.write("fjordvik", 2027, kommune, oppvekst,
                new LetterContent("Bare tittel", null, null), "ingrid.fjeld", MONDAY).letter();

        assertThatThrownBy(() -> empty.send("ingrid.fjeld", TUESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no content");
    }

    @Test
    void changingASentLetterStartsANewRevisionAndTheSentOneStaysAsItWas() {
        AssignmentLetter sent = aDraft().send("ingrid.fjeld", TUESDAY).letter();

        AssignmentLetter.Changed revised = sent.revise(aLetter("Oppdragsbrev 2027, rev. 2"), "ingrid.fjeld", WEDNESDAY);

        AssignmentLetter letter = revised.letter();
        assertThat(letter.revisions()).extracting(LetterRevision::number).containsExactly(1, 2);
        assertThat(letter.current().state()).isEqualTo(LetterState.DRAFT);
        assertThat(letter.revisions().get(0)).isEqualTo(sent.current());
        assertThat(letter.latestSent()).contains(sent.current());
        assertThat(revised.event()).isInstanceOfSatisfying(AssignmentLetterDrafted.class,
                event -> assertThat(event.revision()).isEqualTo(2));
    }

    @Test
    void theRecipientAcknowledgesTheLatestSentRevision() {
        AssignmentLetter sent = aDraft().send("ingrid.fjeld", TUESDAY).letter();

        AssignmentLetter.Changed acknowledged = sent.acknowledge(1, "kari.sjef", WEDNESDAY);

        assertThat(acknowledged.letter().current().state()).isEqualTo(LetterState.ACKNOWLEDGED);
        assertThat(acknowledged.letter().current().acknowledgedBy()).isEqualTo("kari.sjef");
        assertThat(acknowledged.event()).isInstanceOfSatisfying(AssignmentLetterAcknowledged.class, event -> {
            assertThat(event.revision()).isEqualTo(1);
            assertThat(event.acknowledgedAt()).isEqualTo(WEDNESDAY);
        });
        assertThatThrownBy(() -> acknowledged.letter().acknowledge(1, "kari.sjef", WEDNESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already acknowledged");
    }

    @Test
    void aDraftCannotBeAcknowledged() {
        assertThatThrownBy(() -> aDraft().acknowledge(1, "kari.sjef", TUESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("a draft cannot be acknowledged");
    }

    @Test
    void whileTheNextRevisionIsADraftTheSentOneCanStillBeAcknowledgedButNotTheDraft() {
        AssignmentLetter withDraft = aDraft().send("ingrid.fjeld", TUESDAY).letter()
                .revise(aLetter("Rev. 2"), "ingrid.fjeld", WEDNESDAY).letter();

        assertThatThrownBy(() -> withDraft.acknowledge(2, "kari.sjef", WEDNESDAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("has not been sent");
        AssignmentLetter acknowledged = withDraft.acknowledge(1, "kari.sjef", WEDNESDAY).letter();
        assertThat(acknowledged.revisions().get(0).state()).isEqualTo(LetterState.ACKNOWLEDGED);
        assertThat(acknowledged.current().state()).isEqualTo(LetterState.DRAFT);
    }

    @Test
    void acknowledgingARevisionThatHasBeenReplacedIsAConflict() {
        AssignmentLetter secondSent = aDraft().send("ingrid.fjeld", MONDAY).letter()
                .revise(aLetter("Rev. 2"), "ingrid.fjeld", TUESDAY).letter()
                .send("ingrid.fjeld", WEDNESDAY).letter();

        assertThatThrownBy(() -> secondSent.acknowledge(1, "kari.sjef", WEDNESDAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("replaced by revision 2");
        assertThat(secondSent.acknowledge(2, "kari.sjef", WEDNESDAY).letter().latestSent().orElseThrow().state())
                .isEqualTo(LetterState.ACKNOWLEDGED);
    }

    @Test
    void theTextIsTidiedAndTheBudgetFrameIsKroner() {
        UUID goal = UUID.randomUUID();
        var content = new LetterContent("  Oppdragsbrev  ", new LetterSections(" ", "Fokus", null, new BigDecimal("1500000.5"),
                null, null), List.of(goal, goal));

        assertThat(content.title()).isEqualTo("Oppdragsbrev");
        assertThat(content.sections().guidance()).isNull();
        assertThat(content.sections().budgetFrame()).isEqualTo(new BigDecimal("1500000.50"));
        assertThat(content.goalIds()).containsExactly(goal);
        assertThatThrownBy(() -> new LetterSections(null, null, null, new BigDecimal("-1"), null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new LetterSections(null, null, null, new BigDecimal("1.005"), null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> new LetterContent(" ", null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("title");
    }

    private AssignmentLetter aDraft() {
        return AssignmentLetter.write("fjordvik", 2027, kommune, oppvekst, aLetter("Oppdragsbrev 2027"), "ingrid.fjeld", MONDAY)
                .letter();
    }

    private static LetterContent aLetter(String title) {
        return new LetterContent(title, new LetterSections("Styr etter HØP 2027–2030.", "Gode oppvekstvilkår.",
                "Netto driftsramme etter vedtatt budsjett.", new BigDecimal("412500000"), "Tertialrapport innen fristen.",
                "Månedlig HMS-sjekkliste."), List.of(UUID.randomUUID()));
    }
}
