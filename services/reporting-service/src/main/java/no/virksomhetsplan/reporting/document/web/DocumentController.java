package no.virksomhetsplan.reporting.document.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.document.application.Documents;
import no.virksomhetsplan.reporting.document.application.Documents.Document;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accessible PDFs (PDF/UA: tagged, with document language and title) of reports, internal-control reports, unit plans
 * and leader agreements.
 */
@RestController
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/api/reporting/reports/{id}/pdf")
    ResponseEntity<byte[]> report(Caller caller, @PathVariable UUID id) {
        return pdf(documents.report(caller, id));
    }

    /**
     * The annual internal-control report (kommuneloven § 25-2) of a year report: internal-control figures per area and in
     * total, per unit below, and open deviations, as the report holds them (422 for a month or tertial report).
     */
    @GetMapping("/api/reporting/reports/{id}/internal-control/pdf")
    ResponseEntity<byte[]> internalControl(Caller caller, @PathVariable UUID id) {
        return pdf(documents.internalControl(caller, id));
    }

    /** The unit's virksomhetsplan for a year: its assignment letters, goals with indicators, and assignments. */
    @GetMapping("/api/reporting/units/{unitId}/plan/{year}/pdf")
    ResponseEntity<byte[]> unitPlan(Caller caller, @PathVariable UUID unitId, @PathVariable @Min(2000) @Max(2100) int year) {
        return pdf(documents.unitPlan(caller, unitId, year));
    }

    /** The unit leader's agreed leader agreement for a year. */
    @GetMapping("/api/reporting/units/{unitId}/leader-agreement/{year}/pdf")
    ResponseEntity<byte[]> agreement(Caller caller, @PathVariable UUID unitId,
            @PathVariable @Min(2000) @Max(2100) int year) {
        return pdf(documents.agreement(caller, unitId, year));
    }

    private static ResponseEntity<byte[]> pdf(Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(document.pdf());
    }
}
