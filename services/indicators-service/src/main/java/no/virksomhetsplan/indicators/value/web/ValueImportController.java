package no.virksomhetsplan.indicators.value.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.value.application.ImportValues;
import no.virksomhetsplan.indicators.value.domain.ValueImport;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ValueImportController.PATH)
class ValueImportController {

    static final String PATH = "/api/indicators/value-imports";

    record ProblemResponse(int line, String code, String message) {
    }

    /** An upload's progress: {@code rowsDone} of {@code rowsTotal}; the refused rows with their line and reason. */
    record ImportResponse(UUID id, String fileName, String state, int rowsTotal, int rowsDone, int stored, int unchanged, int refused,
            List<ProblemResponse> problems) {

        static ImportResponse of(ValueImport upload) {
            return new ImportResponse(upload.id(), upload.fileName(), upload.state().name(), upload.rowsTotal(), upload.rowsDone(),
                    upload.stored(), upload.unchanged(), upload.refused(), upload.problems().stream()
                    .map(problem -> new ProblemResponse(problem.line(), problem.code().name(), problem.message())).toList());
        }
    }

    private final ImportValues importValues;

    ValueImportController(ImportValues importValues) {
        this.importValues = importValues;
    }

    /**
     * Uploads a CSV file of values (header {@code indicatorKey;unitCode;period;value}); it is stored in the background.
     * The answer (202) points at the upload, whose progress and refused rows can be followed there.
     */
    @PostMapping(consumes = {"text/csv", "text/plain"})
    ResponseEntity<ImportResponse> upload(Caller caller, @RequestParam(required = false) String fileName, @RequestBody byte[] file) {
        ValueImport upload = importValues.start(caller, fileName, new String(file, StandardCharsets.UTF_8));
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + upload.id())).body(ImportResponse.of(upload));
    }

    @GetMapping("/{id}")
    ImportResponse progress(Caller caller, @PathVariable UUID id) {
        return ImportResponse.of(importValues.progress(caller, id));
    }
}
