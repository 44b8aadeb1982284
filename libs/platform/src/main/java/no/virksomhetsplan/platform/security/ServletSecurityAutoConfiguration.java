package no.virksomhetsplan.platform.security;

import no.virksomhetsplan.platform.web.ProblemAuthenticationEntryPoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The resource-server setup of every servlet service: tokens from any trusted issuer (one realm per
 * municipality), checked again here whatever the gateway did; no sessions; problem+json for 401, 403 and for
 * 503 when a token cannot be checked for want of its issuer's keys;
 * professional-system clients only on their own paths.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
public class ServletSecurityAutoConfiguration {

    private static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        var issuers = new JwtIssuerAuthenticationManagerResolver(trustedIssuers(properties)::resolve);
        String[] machinePaths = properties.machinePaths().toArray(String[]::new);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PATHS).permitAll();
                    if (machinePaths.length > 0) {
                        requests.requestMatchers(machinePaths).hasRole(Roles.FAGSYSTEM);
                    }
                    requests.anyRequest().access(personsOnly());
                })
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationManagerResolver(issuers)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                                filter.setAuthenticationFailureHandler(problems);
                                return filter;
                            }
                        }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Authenticated, and not a machine client: fagsystem tokens may only deliver indicator values. */
    private static AuthorizationManager<RequestAuthorizationContext> personsOnly() {
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            boolean person = caller != null && caller.isAuthenticated()
                    && caller.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + Roles.FAGSYSTEM))
                    && !(caller instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
            return new AuthorizationDecision(person);
        };
    }

    /**
     * One manager per trusted issuer, each with that issuer's keys and tenant: the listed issuers, and the realms
     * under {@code keycloak-realms.url} as their first tokens arrive. Other issuers get none (401).
     */
    static TrustedIssuers<AuthenticationManager> trustedIssuers(SecurityProperties properties) {
        KeycloakClaims claims = new KeycloakClaims();
        return TrustedIssuers.of(properties, issuer -> {
            var provider = new JwtAuthenticationProvider(TokenValidation.decoder(issuer, properties.audience()));
            provider.setJwtAuthenticationConverter(claims);
            return provider::authenticate;
        });
    }
}
