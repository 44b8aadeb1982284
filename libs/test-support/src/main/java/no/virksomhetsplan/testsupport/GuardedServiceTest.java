package no.virksomhetsplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service must do whatever its features: start on real infrastructure, report ready to the
 * orchestrator without a token, and refuse its API to callers without a valid token.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GuardedServiceTest {

    @LocalServerPort
    int port;

    /** The service's API prefix, e.g. {@code /api/assignments}. */
    protected abstract String apiPrefix();

    @Test
    void isReadyAndRefusesCallsWithoutAValidToken() {
        var api = ApiClient.onLocalPort(port);
        String anyPath = apiPrefix() + "/anything";

        assertThat(api.get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(api.get(null, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(api.get(null, anyPath).statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().expiredToken("fjordvik-admin"), anyPath).statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().tokenFromUntrustedIssuer("fjordvik-admin"), anyPath).statusCode()).isEqualTo(401);
        assertThat(api.get(TestIssuer.shared().token("fjordvik-fagsystem"), anyPath).statusCode()).isEqualTo(403);
        assertThat(api.get(TestIssuer.shared().token("fjordvik-admin"), anyPath).statusCode()).isEqualTo(404);
    }
}
