package no.virksomhetsplan.plans;

import no.virksomhetsplan.testsupport.GuardedServiceTest;

class PlansServiceTest extends GuardedServiceTest {

    @Override
    protected String apiPrefix() {
        return "/api/plans";
    }
}
