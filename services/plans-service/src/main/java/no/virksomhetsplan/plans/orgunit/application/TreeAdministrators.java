package no.virksomhetsplan.plans.orgunit.application;

import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;

/** Only the municipality's administrators change its org tree; everyone in the municipality may read it. */
final class TreeAdministrators {

    private TreeAdministrators() {
    }

    static void require(Caller caller) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the municipality's administrators maintain the org tree.");
        }
    }
}
