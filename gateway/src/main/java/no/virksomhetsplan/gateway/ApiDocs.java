package no.virksomhetsplan.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;

/**
 * One API documentation page for the whole system at {@code /api-docs}: Swagger UI (from its webjar, no CDN)
 * loading each service's OpenAPI document through the gateway. The documents are routed by the routes named
 * {@code <service>-openapi} ({@code /api/<context>/v3/api-docs} to the service's {@code /v3/api-docs}), and the
 * page's list of documents is read from those routes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String ROUTE_SUFFIX = "-openapi";
    private static final Pattern CONTEXT_PATH = Pattern.compile("/api/[a-z][a-z0-9-]*/v3/api-docs");

    record Document(String name, String url) {
    }

    @Bean
    RouterFunction<ServerResponse> apiDocsPage(RouteLocator routes) {
        ClassPathResource page = new ClassPathResource("static/api-docs/index.html");
        return RouterFunctions
                .route(GET("/api-docs"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .andRoute(GET("/api-docs/services"), request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(documents(routes.getRoutes()), Document.class));
    }

    static Flux<Document> documents(Flux<Route> routes) {
        return routes
                .filter(route -> route.getId().endsWith(ROUTE_SUFFIX))
                .map(route -> new Document(route.getId().substring(0, route.getId().length() - ROUTE_SUFFIX.length()),
                        pathOf(route)))
                .filter(document -> document.url() != null)
                .sort(Comparator.comparing(Document::name));
    }

    /** The documented path is in the route's Path predicate, e.g. {@code Paths: [/api/plans/v3/api-docs], match trailing slash: true}. */
    private static String pathOf(Route route) {
        Matcher matcher = CONTEXT_PATH.matcher(String.valueOf(route.getPredicate()));
        return matcher.find() ? matcher.group() : null;
    }
}
