package no.virksomhetsplan.checklists;

import no.virksomhetsplan.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainCodeIsFrameworkFree() {
        ArchitectureRules.domainIsFrameworkFree("no.virksomhetsplan.checklists");
    }
}
