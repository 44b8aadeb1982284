package no.virksomhetsplan.assignments;

import no.virksomhetsplan.testsupport.GuardedServiceTest;

class AssignmentsServiceTest extends GuardedServiceTest {

    @Override
    protected String apiPrefix() {
        return "/api/assignments";
    }
}
