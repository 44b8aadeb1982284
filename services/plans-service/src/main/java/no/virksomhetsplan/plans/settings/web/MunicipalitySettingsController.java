package no.virksomhetsplan.plans.settings.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.plans.settings.application.ChangeSettingsCommand;
import no.virksomhetsplan.plans.settings.application.MunicipalitySettingsService;
import no.virksomhetsplan.plans.settings.domain.AssignmentType;
import no.virksomhetsplan.plans.settings.domain.Labels;
import no.virksomhetsplan.plans.settings.domain.Language;
import no.virksomhetsplan.plans.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.plans.settings.domain.ReminderRules;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/settings")
class MunicipalitySettingsController {

    record LabelsBody(
            @NotBlank @Size(max = Labels.MAX_LENGTH) String nb,
            @NotBlank @Size(max = Labels.MAX_LENGTH) String nn,
            @NotBlank @Size(max = Labels.MAX_LENGTH) String en) {

        Labels toDomain() {
            return new Labels(nb, nn, en);
        }

        static LabelsBody of(Labels labels) {
            return new LabelsBody(labels.nb(), labels.nn(), labels.en());
        }
    }

    record AssignmentTypeBody(
            @NotNull @Pattern(regexp = AssignmentType.CODE_PATTERN) String code,
            @NotNull @Valid LabelsBody labels,
            @NotNull Boolean active) {

        AssignmentType toDomain() {
            return new AssignmentType(code, labels.toDomain(), active);
        }

        static AssignmentTypeBody of(AssignmentType type) {
            return new AssignmentTypeBody(type.code(), LabelsBody.of(type.labels()), type.active());
        }
    }

    record RemindersBody(
            @NotNull @Min(1) @Max(ReminderRules.MAX_DAYS_BEFORE_LONG) Integer daysBeforeLongPeriods,
            @NotNull @Min(1) @Max(ReminderRules.MAX_DAYS_BEFORE_SHORT) Integer daysBeforeShortPeriods,
            @NotNull Boolean weeklyDigest,
            @NotNull @Min(1) @Max(ReminderRules.MAX_DAYS_OVERDUE) Integer escalateAfterDaysOverdue) {

        ReminderRules toDomain() {
            return new ReminderRules(daysBeforeLongPeriods, daysBeforeShortPeriods, weeklyDigest, escalateAfterDaysOverdue);
        }

        static RemindersBody of(ReminderRules rules) {
            return new RemindersBody(rules.daysBeforeLongPeriods(), rules.daysBeforeShortPeriods(), rules.weeklyDigest(),
                    rules.escalateAfterDaysOverdue());
        }
    }

    /**
     * @param version     the version these settings were read at (0 for the defaults)
     * @param language    nb, nn or en
     * @param terminology names by concept key (level.*, role.*, concept.*); default concepts left out keep their name
     */
    record SettingsRequest(
            @NotNull @Min(0) Long version,
            @NotNull @Pattern(regexp = "nb|nn|en") String language,
            @NotNull @Size(max = MunicipalitySettings.MAX_CONCEPTS) Map<
                    @Pattern(regexp = MunicipalitySettings.CONCEPT_KEY_PATTERN)
                    @Size(max = MunicipalitySettings.MAX_CONCEPT_KEY_LENGTH) String,
                    @NotNull @Valid LabelsBody> terminology,
            @NotNull @Size(max = MunicipalitySettings.MAX_ASSIGNMENT_TYPES) List<@NotNull @Valid AssignmentTypeBody> assignmentTypes,
            @NotNull @Valid RemindersBody reminders) {
    }

    /** @param version 0 while the municipality uses the defaults */
    record SettingsResponse(String language, Map<String, LabelsBody> terminology, List<AssignmentTypeBody> assignmentTypes,
            RemindersBody reminders, long version) {

        static SettingsResponse of(MunicipalitySettings settings) {
            Map<String, LabelsBody> terms = new LinkedHashMap<>();
            settings.terminology().forEach((key, labels) -> terms.put(key, LabelsBody.of(labels)));
            return new SettingsResponse(settings.language().code(), terms,
                    settings.assignmentTypes().stream().map(AssignmentTypeBody::of).toList(),
                    RemindersBody.of(settings.reminders()), settings.version());
        }
    }

    private final MunicipalitySettingsService service;

    MunicipalitySettingsController(MunicipalitySettingsService service) {
        this.service = service;
    }

    /** The caller's municipality's settings; the defaults if it has stored none. */
    @GetMapping
    SettingsResponse current(Caller caller) {
        return SettingsResponse.of(service.current(caller));
    }

    /** Replaces all settings (administrators only). */
    @PutMapping
    SettingsResponse change(Caller caller, @Valid @RequestBody SettingsRequest request) {
        Map<String, Labels> terms = new LinkedHashMap<>();
        request.terminology().forEach((key, labels) -> terms.put(key, labels.toDomain()));
        return SettingsResponse.of(service.change(caller, new ChangeSettingsCommand(request.version(),
                Language.of(request.language()), terms,
                request.assignmentTypes().stream().map(AssignmentTypeBody::toDomain).toList(),
                request.reminders().toDomain())));
    }
}
