package no.virksomhetsplan.checklists.deviation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviations;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.checklists.response.application.ResponseAccess;
import no.virksomhetsplan.checklists.response.application.Sheets;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whoever answers a checklist raises a deviation from one of its answers; the event asks assignments-service for the
 * follow-up assignment.
 */
@Service
public class RaiseDeviation {

    private final Sheets sheets;
    private final ResponseAccess access;
    private final Deviations deviations;
    private final Counters counters;
    private final Outbox outbox;
    private final Clock clock;

    RaiseDeviation(Sheets sheets, ResponseAccess access, Deviations deviations, Counters counters, Outbox outbox, Clock clock) {
        this.sheets = sheets;
        this.access = access;
        this.deviations = deviations;
        this.counters = counters;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Deviation handle(Caller caller, ResponseId responseId, UUID questionId, Deviation.Report report) {
        ResponseSheet sheet = sheets.forChange(caller.tenant(), responseId);
        access.requireMayAnswer(caller, sheet.response());
        Question question = sheet.requireAnswered(questionId);
        Deviation deviation = Deviation.raise(sheet.distribution().id().value(), responseId.value(), sheet.response().unitId().value(),
                question.id(), report, People.of(caller), clock.instant(), LocalDate.now(clock));
        deviations.add(caller.tenant(), deviation);
        counters.add(caller.tenant(), deviation.raisedCounts());
        outbox.add(Topics.CHECKLISTS, caller.tenant(), deviation.raisedEvent(sheet.distribution().title(), question.text()));
        return deviation;
    }
}
