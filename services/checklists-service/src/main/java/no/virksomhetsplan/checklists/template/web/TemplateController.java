package no.virksomhetsplan.checklists.template.web;

import jakarta.validation.groups.Default;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.template.application.DefineTemplate;
import no.virksomhetsplan.checklists.template.application.ReviseTemplate;
import no.virksomhetsplan.checklists.template.application.TemplateQueries;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.checklists.template.web.TemplateRequests.TemplateRequest;
import no.virksomhetsplan.checklists.template.web.TemplateResponses.TemplateResponse;
import no.virksomhetsplan.checklists.template.web.TemplateResponses.TemplateSummary;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/checklists/templates")
class TemplateController {

    private final DefineTemplate define;
    private final ReviseTemplate revise;
    private final TemplateQueries queries;

    TemplateController(DefineTemplate define, ReviseTemplate revise, TemplateQueries queries) {
        this.define = define;
        this.revise = revise;
        this.queries = queries;
    }

    /** The latest version of every template of the municipality. */
    @GetMapping
    List<TemplateSummary> all(Caller caller) {
        return queries.all(caller).stream().map(TemplateSummary::of).toList();
    }

    /** Defines a template (version 1): administrators and the kommunedirektør. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TemplateResponse define(Caller caller, @Validated @RequestBody TemplateRequest request) {
        return TemplateResponse.of(define.handle(caller, request.toContent()));
    }

    @GetMapping("/{id}")
    TemplateResponse latest(Caller caller, @PathVariable UUID id) {
        return TemplateResponse.of(queries.latest(caller, new TemplateId(id)));
    }

    @GetMapping("/{id}/versions/{version}")
    TemplateResponse version(Caller caller, @PathVariable UUID id, @PathVariable int version) {
        return TemplateResponse.of(queries.version(caller, new TemplateId(id), version));
    }

    /** Revises a template: writes its next version. Checklists already given keep the version they were given with. */
    @PutMapping("/{id}")
    TemplateResponse revise(Caller caller, @PathVariable UUID id,
            @Validated({Default.class, TemplateRequests.Revision.class}) @RequestBody TemplateRequest request) {
        return TemplateResponse.of(revise.handle(caller, new TemplateId(id), request.version(), request.toContent()));
    }
}
