package no.virksomhetsplan.checklists;

import no.virksomhetsplan.testsupport.GuardedServiceTest;

class ChecklistsServiceTest extends GuardedServiceTest {

    @Override
    protected String apiPrefix() {
        return "/api/checklists";
    }
}
