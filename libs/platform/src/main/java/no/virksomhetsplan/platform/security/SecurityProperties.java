package no.virksomhetsplan.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which token issuers are trusted. One Keycloak realm per municipality is the normal case, so each
 * trusted issuer is bound to the one tenant its tokens may speak for: either listed in {@code issuers},
 * or any realm under {@code keycloak-realms.url}, whose tenant is the realm's name (ADR 0014).
 *
 * @param audience       the audience every token must carry
 * @param issuers        the trusted issuers, each listed with its tenant
 * @param keycloakRealms every realm of one Keycloak, trusted without listing it (off unless its url is set)
 * @param machinePaths   request paths that professional-system clients may call; every other path refuses them
 */
@ConfigurationProperties("virksomhetsplan.security")
public record SecurityProperties(
        @DefaultValue("virksomhetsplan-api") String audience,
        @DefaultValue List<TrustedIssuer> issuers,
        @DefaultValue KeycloakRealms keycloakRealms,
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

    /**
     * Every realm of one Keycloak as a trusted issuer, so a municipality onboarded while the services run is
     * trusted at once: a token whose {@code iss} is {@code url} followed by a realm name is checked against that
     * realm's keys, and its {@code tenant} claim must equal the realm's name. The realm's keys are fetched the
     * first time one of its tokens arrives; a name Keycloak does not know is refused (401) and remembered for a
     * while, and the number of realms kept and of look-ups per second are capped, so a flood of tokens naming
     * invented realms costs neither memory nor Keycloak's time.
     *
     * @param url               the issuer prefix as it appears in tokens, ending in {@code /realms/},
     *                          e.g. {@code http://localhost:8180/realms/}; empty: only the listed issuers are trusted
     * @param jwkUrl            where the services reach the same realms for their keys (in a cluster, Keycloak's
     *                          internal address, e.g. {@code http://keycloak:8080/realms/}); defaults to {@code url}
     * @param excluded          realm names never trusted as a municipality (Keycloak's own {@code master})
     * @param maxRealms         how many realms' keys are kept at most; the least recently used is dropped beyond it
     * @param unknownFor        how long a realm Keycloak did not know is refused without asking again
     * @param maxUnknown        how many unknown names are remembered at most (oldest forgotten first)
     * @param lookupsPerSecond  look-ups of realms not seen before, per second (a token bucket)
     * @param lookupBurst       look-ups allowed at once
     * @param lookupTimeout     how long one look-up may take
     */
    public record KeycloakRealms(
            String url,
            String jwkUrl,
            @DefaultValue("master") List<String> excluded,
            @DefaultValue("1000") int maxRealms,
            @DefaultValue("60s") Duration unknownFor,
            @DefaultValue("10000") int maxUnknown,
            @DefaultValue("5") double lookupsPerSecond,
            @DefaultValue("20") int lookupBurst,
            @DefaultValue("2s") Duration lookupTimeout) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }

        /** The prefix with exactly one trailing slash. */
        public String issuerPrefix() {
            return withSlash(url);
        }

        public String jwkPrefix() {
            return withSlash(jwkUrl != null && !jwkUrl.isBlank() ? jwkUrl : url);
        }

        private static String withSlash(String value) {
            return value.endsWith("/") ? value : value + "/";
        }
    }
}
