package no.virksomhetsplan.assignments;

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
class AssignmentsServiceTest {

    @LocalServerPort
    int port;

    @Test
    void isReadyAndRefusesCallsWithoutAValidToken() {
        var api = ApiClient.onLocalPort(port);

        assertThat(api.get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(api.get(null, "/api/assignments/anything").statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().expiredToken("fjordvik-admin"), "/api/assignments/anything").statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().token("fjordvik-admin"), "/api/assignments/anything").statusCode()).isEqualTo(404);
    }
}
