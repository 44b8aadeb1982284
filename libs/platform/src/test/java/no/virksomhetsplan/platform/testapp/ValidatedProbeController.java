package no.virksomhetsplan.platform.testapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A controller validated by a proxy (@Validated on the class), whose violations come as ConstraintViolationException. */
@RestController
@Validated
class ValidatedProbeController {

    @GetMapping("/api/probe/validated")
    int year(@RequestParam @Min(2000) @Max(2200) int year) {
        return year;
    }
}
