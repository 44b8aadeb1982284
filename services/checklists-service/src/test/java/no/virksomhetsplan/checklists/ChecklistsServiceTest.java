package no.virksomhetsplan.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service starts on real infrastructure, reports ready, and guards its API like every service. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChecklistsServiceTest {

    @LocalServerPort
    int port;

    @Test
    void isReadyAndRefusesCallsWithoutAValidToken() {
        var api = ApiClient.onLocalPort(port);

        assertThat(api.get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(api.get(null, "/api/checklists/anything").statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().expiredToken("fjordvik-admin"), "/api/checklists/anything").statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().token("fjordvik-admin"), "/api/checklists/anything").statusCode()).isEqualTo(404);
    }
}
