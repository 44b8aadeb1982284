package no.virksomhetsplan.reporting;

import no.virksomhetsplan.testsupport.GuardedServiceTest;

class ReportingServiceTest extends GuardedServiceTest {

    @Override
    protected String apiPrefix() {
        return "/api/reporting";
    }
}
