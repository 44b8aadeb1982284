package no.virksomhetsplan.platform;

import java.net.http.HttpResponse;
import java.util.UUID;
import no.virksomhetsplan.platform.testapp.TestApplication;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Spring context, real PostgreSQL and Kafka, shared by the platform's integration tests. */
@RealInfrastructure
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformIntegrationTest {

    protected static final TestIssuer ISSUER = TestIssuer.shared();

    @LocalServerPort
    protected int port;

    /** A tenant of its own per test, so tests sharing the database never see each other's rows. */
    protected static String aFreshTenant() {
        return "t-" + UUID.randomUUID();
    }

    protected HttpResponse<String> get(String path, String token) {
        return ApiClient.onLocalPort(port).get(token, path);
    }

    protected HttpResponse<String> post(String path, String token, String json) {
        return ApiClient.onLocalPort(port).post(token, path, json);
    }
}
