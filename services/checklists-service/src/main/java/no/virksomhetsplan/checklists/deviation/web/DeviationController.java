package no.virksomhetsplan.checklists.deviation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.application.DeviationRegister;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deviation register (avviksregister) of a unit and its subtree. */
@RestController
@RequestMapping("/api/checklists/deviations")
class DeviationController {

    enum StatusFilter { OPEN, CLOSED }

    private final DeviationRegister register;

    DeviationController(DeviationRegister register) {
        this.register = register;
    }

    /**
     * The deviations of a unit (absent: the top of the caller's part of the tree) and, unless subtree=false, of every
     * unit below it: open ones first by deadline.
     */
    @GetMapping
    List<DeviationResponse> register(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(defaultValue = "true") boolean subtree, @RequestParam(required = false) StatusFilter status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(DeviationRegister.MAX_PAGE_SIZE) int size) {
        Boolean closed = status == null ? null : status == StatusFilter.CLOSED;
        return register.of(caller, unitId, subtree, closed, page, size).stream().map(DeviationResponse::of).toList();
    }

    @GetMapping("/{id}")
    DeviationResponse one(Caller caller, @PathVariable UUID id) {
        return DeviationResponse.of(register.one(caller, id));
    }
}
