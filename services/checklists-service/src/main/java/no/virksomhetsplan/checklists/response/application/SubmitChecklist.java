package no.virksomhetsplan.checklists.response.application;

import java.time.Clock;
import java.time.LocalDate;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.domain.SheetChange;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The checklist is submitted: its answers become final and count in the status overview. */
@Service
public class SubmitChecklist {

    private final Sheets sheets;
    private final ResponseAccess access;
    private final Clock clock;

    SubmitChecklist(Sheets sheets, ResponseAccess access, Clock clock) {
        this.sheets = sheets;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ResponseSheet handle(Caller caller, ResponseId id, long basedOnVersion) {
        ResponseSheet sheet = sheets.forChange(caller.tenant(), id);
        access.requireMayAnswer(caller, sheet.response());
        SheetChange change = sheet.submit(basedOnVersion, People.of(caller), clock.instant(), LocalDate.now(clock));
        sheets.save(caller.tenant(), change);
        return sheets.sheet(caller.tenant(), change.response());
    }
}
