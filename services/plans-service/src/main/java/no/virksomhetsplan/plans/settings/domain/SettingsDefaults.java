package no.virksomhetsplan.plans.settings.domain;

import java.util.List;
import java.util.Map;

/**
 * What a municipality has before its administrator changes anything: bokmål, the common names of levels, roles and
 * concepts, the four usual assignment types, and the reminder rules of {@link ReminderRules#DEFAULT}.
 */
final class SettingsDefaults {

    static final Language LANGUAGE = Language.NB;

    /** Concept keys are grouped: {@code level.*} for levels of the org tree, {@code role.*}, {@code concept.*}. */
    static final Map<String, Labels> TERMINOLOGY = Map.ofEntries(
            Map.entry("level.municipality", new Labels("kommune", "kommune", "municipality")),
            Map.entry("level.sector", new Labels("sektor", "sektor", "sector")),
            Map.entry("level.unit", new Labels("virksomhet", "eining", "unit")),
            Map.entry("level.department", new Labels("avdeling", "avdeling", "department")),
            Map.entry("role.kommunedirektor", new Labels("kommunedirektør", "kommunedirektør", "chief executive")),
            Map.entry("role.kommunalsjef", new Labels("kommunalsjef", "kommunalsjef", "head of sector")),
            Map.entry("role.virksomhetsleder", new Labels("virksomhetsleder", "einingsleiar", "unit leader")),
            Map.entry("role.medarbeider", new Labels("medarbeider", "medarbeidar", "employee")),
            Map.entry("role.politiker", new Labels("politiker", "politikar", "elected member")),
            Map.entry("role.admin", new Labels("administrator", "administrator", "administrator")),
            Map.entry("concept.unitPlan", new Labels("virksomhetsplan", "verksemdsplan", "unit plan")),
            Map.entry("concept.assignmentLetter", new Labels("oppdragsbrev", "oppdragsbrev", "assignment letter")),
            Map.entry("concept.leaderAgreement", new Labels("lederavtale", "leiaravtale", "leader agreement")),
            Map.entry("concept.goal", new Labels("mål", "mål", "goal")),
            Map.entry("concept.indicator", new Labels("nøkkeltall", "nøkkeltal", "key figure")),
            Map.entry("concept.assignment", new Labels("oppdrag", "oppdrag", "assignment")),
            Map.entry("concept.task", new Labels("oppgave", "oppgåve", "task")),
            Map.entry("concept.checklist", new Labels("sjekkliste", "sjekkliste", "checklist")),
            Map.entry("concept.deviation", new Labels("avvik", "avvik", "deviation")),
            Map.entry("concept.report", new Labels("rapport", "rapport", "report")));

    static final List<AssignmentType> ASSIGNMENT_TYPES = List.of(
            new AssignmentType("VERBALVEDTAK", new Labels("Verbalvedtak", "Verbalvedtak", "Verbal council decision"), true),
            new AssignmentType("POLITISK_SAK", new Labels("Politisk sak", "Politisk sak", "Political case"), true),
            new AssignmentType("KOMMUNEDIREKTOR_OPPDRAG", new Labels("Oppdrag fra kommunedirektøren",
                    "Oppdrag frå kommunedirektøren", "Assignment from the chief executive"), true),
            new AssignmentType("TILTAK", new Labels("Tiltak", "Tiltak", "Measure"), true));

    private SettingsDefaults() {
    }
}
