package no.virksomhetsplan.gateway;

import java.time.Clock;
import java.util.List;
import no.virksomhetsplan.platform.security.KeycloakClaims;
import no.virksomhetsplan.platform.security.SecurityProperties.TrustedIssuer;
import no.virksomhetsplan.platform.security.SecurityProperties;
import no.virksomhetsplan.platform.security.TokenValidation;
import no.virksomhetsplan.platform.security.TrustedIssuers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The API needs a valid token from a trusted issuer (one Keycloak realm per municipality); the web app's
 * files and health probes are public. The gateway is stateless (bearer tokens only: no
 * session, so no CSRF) and passes the Authorization header on unchanged, because every service checks the
 * token again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, GatewayProperties.class})
class GatewaySecurity {

    /** The same public endpoints as in the services: probes, info, and metrics for the scraper. */
    private static final String[] PUBLIC_ACTUATOR = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus"};

    /** Tokens remembered after their check: about one per person active within a token's lifetime. */
    private static final long CHECKED_TOKENS = 20_000;

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, SecurityProperties properties,
            GatewayProperties gateway, JwtIssuerReactiveAuthenticationManagerResolver trustedIssuers) {
        ProblemResponses problems = new ProblemResponses();
        CheckedTokens checkedTokens = new CheckedTokens(trustedIssuers, CHECKED_TOKENS, Clock.systemUTC());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .cors(cors -> cors.configurationSource(cors(gateway.cors())))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        // The services' OpenAPI documents, for the /api-docs page; everything else under /api needs a token.
                        .pathMatchers(HttpMethod.GET, "/api/*/v3/api-docs").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(PUBLIC_ACTUATOR).permitAll()
                        // Other actuator endpoints stay closed even if someone exposes them later.
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(new BearerTokens(checkedTokens::isChecked))
                        .authenticationManagerResolver(checkedTokens)
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forIssuers(properties)))
                        .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization (ADR 0032): in the
     * gateway's JFR profile they were a large share of the CPU of every request. The request's own observation
     * (trace context, {@code http.server.requests}) stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall as it is by default, with the same rule for header values checked by a loop instead of
     * a regular expression ({@link HeaderValues}; ADR 0032).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValues::isAllowed);
        return firewall;
    }

    /**
     * A request the firewall refuses before any route (an encoded slash, backslash, semicolon or percent sign in the
     * path, a non-printable character) gets 400 in problem+json like every other error, not an empty answer.
     */
    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests() {
        return (exchange, rejected) -> Problems.write(exchange, Problems.problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request path contains characters that are not allowed.", "/"));
    }

    /**
     * Browsers may call the API from the configured origins only (exact matches, no wildcards). Preflights are
     * answered here, before the token check; no cookies are involved (bearer tokens), so no credentials.
     */
    static CorsConfigurationSource cors(GatewayProperties.Cors settings) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(settings.allowedOrigins());
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, RequestIdFilter.HEADER, "traceparent"));
        api.setExposedHeaders(List.of(RequestIdFilter.HEADER, HttpHeaders.LOCATION, HttpHeaders.ETAG,
                HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE));
        api.setAllowCredentials(false);
        api.setMaxAge(settings.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /**
     * One authentication manager per trusted issuer, each with that issuer's keys and its tenant: the listed
     * issuers, and every realm under {@code keycloak-realms.url} once Keycloak confirms it exists (ADR 0014; the
     * look-up blocks, so it runs off the event loop, and only the first token of a realm needs it). A token from
     * any other issuer is refused before any key is fetched. Exposed as a bean so Spring Boot does not add its
     * default in-memory user.
     */
    @Bean
    JwtIssuerReactiveAuthenticationManagerResolver trustedIssuers(SecurityProperties properties) {
        TrustedIssuers<ReactiveAuthenticationManager> issuers = TrustedIssuers.of(properties,
                issuer -> manager(issuer, properties.audience()));
        return new JwtIssuerReactiveAuthenticationManagerResolver(issuer -> {
            ReactiveAuthenticationManager known = issuers.known(issuer);
            if (known != null) {
                return Mono.just(known);
            }
            if (!issuers.underRealmsUrl(issuer)) {
                return Mono.empty();
            }
            return Mono.fromCallable(() -> issuers.resolve(issuer)).subscribeOn(Schedulers.boundedElastic());
        });
    }

    /**
     * The issuer's token check. The reactive decoder reports keys it could not fetch as a plain
     * IllegalStateException, which would reach the client as a 500; it becomes an AuthenticationServiceException,
     * answered 503 with Retry-After by {@link ProblemResponses}.
     */
    private static ReactiveAuthenticationManager manager(TrustedIssuer issuer, String audience) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(TokenValidation.reactiveDecoder(issuer, audience));
        manager.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(new KeycloakClaims()));
        return authentication -> manager.authenticate(authentication).onErrorMap(e -> !(e instanceof AuthenticationException),
                e -> new AuthenticationServiceException("The token of " + issuer.uri() + " could not be checked: " + e.getMessage(), e));
    }
}
