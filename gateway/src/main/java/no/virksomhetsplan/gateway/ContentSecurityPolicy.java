package no.virksomhetsplan.gateway;

import java.net.URI;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.virksomhetsplan.platform.security.SecurityProperties;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;

/**
 * The Content-Security-Policy for everything the gateway serves. The web app talks only to its own origin,
 * except for the OIDC calls to Keycloak (token and userinfo endpoints), so the trusted issuers' origins are
 * added to {@code connect-src}: the issuer URI is the address browsers use, and taking it from the same
 * configuration keeps the policy right in every environment. The Keycloak of {@code keycloak-realms.url} is
 * added too, since any realm in it may be a municipality's (ADR 0014).
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String forIssuers(SecurityProperties properties) {
        Stream<String> realms = properties.keycloakRealms().enabled()
                ? Stream.of(properties.keycloakRealms().issuerPrefix()) : Stream.empty();
        String identityProviders = Stream.concat(properties.issuers().stream().map(TrustedIssuer::uri), realms)
                .map(ContentSecurityPolicy::origin)
                .distinct()
                .collect(Collectors.joining(" "));
        return String.join("; ",
                "default-src 'self'",
                ("connect-src 'self' " + identityProviders).strip(),
                "img-src 'self' data:",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'");
    }

    static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
