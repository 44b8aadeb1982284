package no.virksomhetsplan.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * How a token from a trusted issuer is checked, the same in the gateway and in every service: RS256
 * signature by a key the issuer publishes (so {@code alg: none} and HS256 tricks fail), expiry, issuer,
 * audience, and a {@code tenant} claim equal to the issuer's tenant.
 */
public final class TokenValidation {

    private TokenValidation() {
    }

    public static NimbusJwtDecoder decoder(SecurityProperties.TrustedIssuer issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUriOrDefault())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    public static NimbusReactiveJwtDecoder reactiveDecoder(SecurityProperties.TrustedIssuer issuer, String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwkSetUriOrDefault())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties.TrustedIssuer issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer.uri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<String>(KeycloakClaims.TENANT, issuer.tenant()::equals));
    }
}
