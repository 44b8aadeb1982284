package no.virksomhetsplan.indicators.value.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where CSV uploads keep their progress and refused rows; every method is scoped to one municipality. */
public interface ValueImports {

    void start(String tenant, UUID id, String createdBy, String fileName, int rowsTotal);

    /** Adds a handled chunk of rows to the counts, with the refused ones among them. */
    void progress(String tenant, UUID id, int rowsDone, int stored, int unchanged, List<ValueImport.Problem> problems);

    void finish(String tenant, UUID id, ValueImport.State state);

    Optional<ValueImport> find(String tenant, UUID id);
}
