package no.virksomhetsplan.indicators.value.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.indicators.value.domain.ValueFile;
import no.virksomhetsplan.indicators.value.domain.ValueImport;
import no.virksomhetsplan.indicators.value.domain.ValueImports;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * A CSV upload of the municipality's own statistics. The file is read at once (a broken header is refused there and
 * then); its rows are then stored in the background, a chunk per transaction, with the progress and every refused
 * row written down as it goes, so a large file can be followed while it runs.
 */
@Service
public class ImportValues {

    private static final Logger log = LoggerFactory.getLogger(ImportValues.class);
    static final int CHUNK = 500;

    private final People people;
    private final RecordValues recordValues;
    private final ValueImports imports;
    private final Executor executor;

    ImportValues(People people, RecordValues recordValues, ValueImports imports, @Qualifier("valueImportExecutor") Executor executor) {
        this.people = people;
        this.recordValues = recordValues;
        this.imports = imports;
        this.executor = executor;
    }

    public ValueImport start(Caller caller, String fileName, String content) {
        Submitter.Person person = people.enteringValues(caller);
        List<ValueFile.Row> rows = ValueFile.read(content);
        UUID id = UUID.randomUUID();
        imports.start(caller.tenant(), id, caller.username(), fileName, rows.size());
        executor.execute(() -> run(caller.tenant(), id, person, rows));
        return imports.find(caller.tenant(), id).orElseThrow();
    }

    /** The upload's progress, to the person who started it and to the administrator. */
    public ValueImport progress(Caller caller, UUID id) {
        ValueImport upload = imports.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("No such upload in your municipality."));
        if (!upload.createdBy().equals(caller.username()) && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("The upload is someone else's.");
        }
        return upload;
    }

    private void run(String tenant, UUID id, Submitter.Person person, List<ValueFile.Row> rows) {
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                storeChunk(tenant, id, person, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            }
            imports.finish(tenant, id, ValueImport.State.DONE);
        } catch (RuntimeException e) {
            log.error("The upload {} of {} failed", id, tenant, e);
            imports.finish(tenant, id, ValueImport.State.FAILED);
        }
    }

    private void storeChunk(String tenant, UUID id, Submitter.Person person, List<ValueFile.Row> chunk) {
        List<ValueImport.Problem> problems = new ArrayList<>();
        List<IndicatorValueReported> readable = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (ValueFile.Row row : chunk) {
            if (row.rejection() != null) {
                problems.add(new ValueImport.Problem(row.line(), row.rejection().code(), row.rejection().message()));
            } else {
                readable.add(row.value());
                lines.add(row.line());
            }
        }
        int stored = 0;
        int unchanged = 0;
        List<StoreOutcome> outcomes = readable.isEmpty() ? List.of() : recordValues.record(tenant, person, readable);
        for (int i = 0; i < outcomes.size(); i++) {
            StoreOutcome outcome = outcomes.get(i);
            if (outcome instanceof StoreOutcome.Stored) {
                stored++;
            } else if (outcome instanceof StoreOutcome.Unchanged) {
                unchanged++;
            } else if (outcome instanceof StoreOutcome.Refused refused) {
                problems.add(new ValueImport.Problem(lines.get(i), refused.rejection().code(), refused.rejection().message()));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        imports.progress(tenant, id, chunk.size(), stored, unchanged, problems);
    }
}
