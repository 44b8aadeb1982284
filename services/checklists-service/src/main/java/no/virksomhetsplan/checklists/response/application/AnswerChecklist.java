package no.virksomhetsplan.checklists.response.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.response.domain.AnswerInput;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.domain.SheetChange;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's leader (or the person named for it) saves answers to its checklist, as a draft. */
@Service
public class AnswerChecklist {

    private final Sheets sheets;
    private final ResponseAccess access;
    private final Clock clock;

    AnswerChecklist(Sheets sheets, ResponseAccess access, Clock clock) {
        this.sheets = sheets;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ResponseSheet handle(Caller caller, ResponseId id, List<AnswerInput> answers) {
        ResponseSheet sheet = sheets.forChange(caller.tenant(), id);
        access.requireMayAnswer(caller, sheet.response());
        SheetChange change = sheet.answer(answers, People.of(caller), clock.instant(), LocalDate.now(clock));
        sheets.save(caller.tenant(), change);
        return sheets.sheet(caller.tenant(), change.response());
    }
}
