package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;

/**
 * @param csv       the file's text (see {@link no.virksomhetsplan.plans.orgunit.domain.OrgTreeFile})
 * @param validFrom the new units' first day; today when null
 */
public record ImportOrgTreeCommand(String csv, LocalDate validFrom) {
}
