package no.virksomhetsplan.checklists.template.application;

import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;

/** The municipality's templates are defined and revised by its administrators and the kommunedirektør. */
final class TemplateAdmins {

    private TemplateAdmins() {
    }

    static void require(Caller caller) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.KOMMUNEDIREKTOR)) {
            throw new ForbiddenException("Only the municipality's administrators and the kommunedirektør define checklist templates.");
        }
    }
}
