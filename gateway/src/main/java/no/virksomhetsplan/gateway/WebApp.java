package no.virksomhetsplan.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import no.virksomhetsplan.platform.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.resource.EncodedResourceResolver;

/**
 * The web app (a single-page app from the web module's {@code META-INF/resources}): its files are served as static
 * resources, and every client-side route ({@code /org/…}, {@code /units/…/plan/2027}) gets its {@code index.html}, so
 * a bookmarked or reloaded address works. {@code /app-config.json} tells the app which municipalities it can sign in
 * to: one per trusted issuer (one Keycloak realm per municipality), with the public client the app uses.
 */
@Configuration(proxyBeanMethods = false)
class WebApp implements WebFluxConfigurer {

    static final String INDEX = "META-INF/resources/index.html";

    /** A client route: segments of letters, digits, '-' and '_' (no dot, so never a file); the root included. */
    private static final Pattern CLIENT_ROUTE = Pattern.compile("^/([A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*/?)?$");

    /** Paths the gateway itself answers (API, probes, documentation, webjars): never the app. */
    private static final List<String> RESERVED = List.of("api", "actuator", "api-docs", "webjars", "v3");

    record Municipality(String id, String name, String issuer) {
    }

    record Config(String clientId, List<Municipality> municipalities) {
    }

    @Bean
    RouterFunction<ServerResponse> webAppRoutes(SecurityProperties security, GatewayProperties gateway) {
        Resource index = new ClassPathResource(INDEX);
        Config config = config(security, gateway.web());
        return RouterFunctions
                .route(GET("/app-config.json"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(config))
                .andRoute(GET("/**").and(WebApp::isClientRoute), request -> index.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(index)
                        : ServerResponse.notFound().build());
    }

    /**
     * The app's scripts and styles have a hash of their content in their names, so browsers may keep them for a year
     * without asking again; index.html (no-cache) names the current ones. A browser that accepts gzip gets the copy the
     * build gzipped (name.gz, ADR 0041), with {@code Vary: Accept-Encoding}; the gateway compresses nothing per request.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }

    static Config config(SecurityProperties security, GatewayProperties.Web web) {
        return new Config(web.clientId(), security.issuers().stream()
                .map(issuer -> new Municipality(issuer.tenant(),
                        web.municipalityNames().getOrDefault(issuer.tenant(), issuer.tenant()), issuer.uri()))
                .toList());
    }

    static boolean isClientRoute(ServerRequest request) {
        return isClientRoute(request.path());
    }

    static boolean isClientRoute(String path) {
        if (!CLIENT_ROUTE.matcher(path).matches()) {
            return false;
        }
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        return !RESERVED.contains(first);
    }
}
