package no.virksomhetsplan.gateway;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;

/**
 * The Content-Security-Policy for everything the gateway serves. The web app talks only to its own origin,
 * except for the OIDC calls to Keycloak (token and userinfo endpoints), so the trusted issuers' origins are
 * added to {@code connect-src}: the issuer URI is the address browsers use, and taking it from the same
 * configuration keeps the policy right in every environment.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String forIssuers(List<TrustedIssuer> issuers) {
        String identityProviders = issuers.stream()
                .map(issuer -> origin(issuer.uri()))
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
