package no.virksomhetsplan.assignments.settings.domain;

/**
 * One of the municipality's assignment types (oppdragstyper), e.g. VERBALVEDTAK. Types are never removed, only
 * deactivated: assignments keep the type they were given.
 */
public record AssignmentType(String code, String nameNb, String nameNn, String nameEn, boolean active) {
}
