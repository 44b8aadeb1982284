package no.virksomhetsplan.checklists.distribution.application;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.checklists.distribution.domain.Period;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * @param templateVersion the version to give; null for the latest
 * @param title           the title the units see; null for the template's name and the period
 * @param targets         the units, each alone or with its whole subtree
 */
public record DistributeCommand(TemplateId templateId, Integer templateVersion, String title, Period period, LocalDate deadline,
        boolean includeInMonthlyReport, List<Target> targets) {

    /** @param responsible a named person who answers the target unit's checklist besides its leaders, or null */
    public record Target(OrgUnitId unitId, boolean includeSubtree, String responsible) {
    }
}
