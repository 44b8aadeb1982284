package no.virksomhetsplan.indicators;

import no.virksomhetsplan.testsupport.GuardedServiceTest;

class IndicatorsServiceTest extends GuardedServiceTest {

    @Override
    protected String apiPrefix() {
        return "/api/indicators";
    }
}
