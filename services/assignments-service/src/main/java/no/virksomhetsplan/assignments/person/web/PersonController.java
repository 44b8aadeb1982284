package no.virksomhetsplan.assignments.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/people")
class PersonController {

    static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";

    record PersonRequest(@NotNull UUID unitId, @Size(max = 200) String name, @Email @Size(max = 320) String email) {
    }

    record PersonResponse(String username, String name, String email, UUID unitId, LocalDate leftOn) {

        static PersonResponse of(Person person) {
            return new PersonResponse(person.username(), person.name(), person.email(), person.unitId().value(), person.leftOn());
        }
    }

    private final PersonDirectory directory;

    PersonController(PersonDirectory directory) {
        this.directory = directory;
    }

    /** Registers or corrects a person of a unit the caller leads, so they can be made responsible before they sign in. */
    @PutMapping("/{username}")
    PersonResponse register(Caller caller, @PathVariable @Pattern(regexp = USERNAME) String username,
            @Valid @RequestBody PersonRequest request) {
        return PersonResponse.of(directory.register(caller, username, request.name(), request.email(),
                new OrgUnitId(request.unitId())));
    }

    /** The people of a unit the caller leads and of the units below it. */
    @GetMapping
    List<PersonResponse> ofUnit(Caller caller, @RequestParam UUID unitId) {
        return directory.ofUnit(caller, new OrgUnitId(unitId)).stream().map(PersonResponse::of).toList();
    }
}
