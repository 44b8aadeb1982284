package no.virksomhetsplan.assignments.handover.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.handover.application.Handovers;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HandoverController {

    private static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";

    record HandoverRequest(@NotBlank @Pattern(regexp = USERNAME) String from, @NotBlank @Pattern(regexp = USERNAME) String to) {
    }

    /** @param moved the items that now have {@code to} as their responsible person */
    record HandoverResponse(String from, String to, List<UUID> moved) {
    }

    /** @param leftOn the day the person left (today or earlier); null when they are back */
    record LeftRequest(LocalDate leftOn) {
    }

    record PersonResponse(String username, String name, String email, UUID unitId, LocalDate leftOn) {

        static PersonResponse of(Person person) {
            return new PersonResponse(person.username(), person.name(), person.email(), person.unitId().value(), person.leftOn());
        }
    }

    private final Handovers handovers;

    HandoverController(Handovers handovers) {
        this.handovers = handovers;
    }

    /** Moves everything open that {@code from} is responsible for, in the caller's part of the tree, to {@code to}. */
    @PostMapping("/api/assignments/handovers")
    HandoverResponse handOver(Caller caller, @Valid @RequestBody HandoverRequest request) {
        Handovers.Handover handover = handovers.handOver(caller, request.from(), request.to());
        return new HandoverResponse(handover.from(), handover.to(), handover.moved().stream().map(ItemId::value).toList());
    }

    /** Records that a person left: what they are responsible for has no owner until it is handed over. */
    @PutMapping("/api/assignments/people/{username}/left")
    PersonResponse left(Caller caller, @PathVariable @Pattern(regexp = USERNAME) String username,
            @Valid @RequestBody LeftRequest request) {
        return PersonResponse.of(handovers.recordDeparture(caller, username, request.leftOn()));
    }
}
