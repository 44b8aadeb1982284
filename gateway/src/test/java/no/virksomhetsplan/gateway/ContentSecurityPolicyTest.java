package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.virksomhetsplan.platform.security.SecurityProperties;
import no.virksomhetsplan.platform.security.SecurityProperties.KeycloakRealms;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static KeycloakRealms realms(String url) {
        return new KeycloakRealms(url, null, List.of("master"), 1000, Duration.ofSeconds(60), 10_000, 5, 20, Duration.ofSeconds(2));
    }

    @Test
    void theWebAppMayTalkToEveryTrustedIdentityProviderOnce() {
        var properties = new SecurityProperties("virksomhetsplan-api", List.of(
                new TrustedIssuer("https://login.example.org/realms/fjordvik", "fjordvik", null),
                new TrustedIssuer("https://login.example.org/realms/nordlia", "nordlia", null),
                new TrustedIssuer("https://idp.other.example/realms/vestby", "vestby", null)),
                realms("https://keycloak.example.org:8443/realms/"), List.of());

        assertThat(ContentSecurityPolicy.forIssuers(properties)).contains(
                "connect-src 'self' https://login.example.org https://idp.other.example https://keycloak.example.org:8443;");
    }

    @Test
    void withoutRealmsOnlyTheListedIssuers() {
        var properties = new SecurityProperties("virksomhetsplan-api",
                List.of(new TrustedIssuer("https://login.example.org/realms/fjordvik", "fjordvik", null)), realms(""), List.of());

        assertThat(ContentSecurityPolicy.forIssuers(properties)).contains("connect-src 'self' https://login.example.org;");
    }
}
