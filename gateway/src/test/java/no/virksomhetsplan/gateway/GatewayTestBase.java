package no.virksomhetsplan.gateway;

import java.util.List;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port with the test issuer's realms trusted, the plans route pointed at a stub
 * service and the reporting route at a closed port. Every test class extends this one unchanged, so they
 * all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class GatewayTestBase {

    static final TestIssuer ISSUER = TestIssuer.shared();
    static final StubService PLANS = StubService.start();
    /** Nothing listens on port 1: connections are refused at once, like a service that is down. */
    static final String SERVICE_DOWN = "http://127.0.0.1:1";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("virksomhetsplan.security.audience", () -> TestIssuer.AUDIENCE);
        List<String> tenants = TestIssuer.TRUSTED_TENANTS;
        for (int i = 0; i < tenants.size(); i++) {
            String tenant = tenants.get(i);
            registry.add("virksomhetsplan.security.issuers[" + i + "].uri", () -> ISSUER.issuerUri(tenant));
            registry.add("virksomhetsplan.security.issuers[" + i + "].tenant", () -> tenant);
        }
        registry.add("virksomhetsplan.security.keycloak-realms.url", ISSUER::realmsUrl);
        registry.add("PLANS_SERVICE_URL", PLANS::baseUrl);
        // Small rate limits, so RateLimitTest reaches them quickly; every other test stays far below them.
        registry.add("virksomhetsplan.gateway.rate-limit.people.burst", () -> "50");
        registry.add("virksomhetsplan.gateway.rate-limit.people.per-second", () -> "5");
        registry.add("virksomhetsplan.gateway.rate-limit.clients.burst", () -> "80");
        registry.add("virksomhetsplan.gateway.rate-limit.clients.per-second", () -> "5");
        registry.add("virksomhetsplan.gateway.cors.allowed-origins", () -> "http://localhost:8080,https://plan.example.no");
        registry.add("REPORTING_SERVICE_URL", () -> SERVICE_DOWN);
    }

    @BeforeEach
    void forgetStubCalls() {
        PLANS.forgetCalls();
    }
}
