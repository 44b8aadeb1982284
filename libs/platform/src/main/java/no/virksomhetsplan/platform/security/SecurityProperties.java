package no.virksomhetsplan.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which token issuers are trusted. One Keycloak realm per municipality is the normal case, so each
 * trusted issuer is bound to the one tenant its tokens may speak for.
 *
 * @param audience     the audience every token must carry
 * @param issuers      the trusted issuers
 * @param machinePaths request paths that professional-system clients may call; every other path refuses them
 */
@ConfigurationProperties("virksomhetsplan.security")
public record SecurityProperties(
        @DefaultValue("virksomhetsplan-api") String audience,
        @DefaultValue List<TrustedIssuer> issuers,
        @DefaultValue List<String> machinePaths) {

    /**
     * @param uri       the issuer ({@code iss}), e.g. {@code http://localhost:8180/realms/fjordvik}
     * @param tenant    the tenant this issuer's tokens must name
     * @param jwkSetUri where its signing keys are; defaults to Keycloak's location under the issuer
     */
    public record TrustedIssuer(String uri, String tenant, String jwkSetUri) {

        public String jwkSetUriOrDefault() {
            return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : uri + "/protocol/openid-connect/certs";
        }
    }
}
