package no.virksomhetsplan.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import no.virksomhetsplan.platform.security.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The parts of every service's OpenAPI document that are the same everywhere: the bearer-JWT scheme
 * (required on every operation), the server as the gateway's own origin ({@code /}: paths already start
 * with {@code /api/<context>}), and the problem+json answers every operation can give. The document itself
 * is generated from the controllers by springdoc at {@code /v3/api-docs}, which is public so the gateway
 * can fetch it.
 */
@AutoConfiguration(beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
public class OpenApiAutoConfiguration {

    public static final String BEARER_SCHEME = "bearer-jwt";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    static {
        // Caller is resolved from the validated token, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI platformOpenApi(@Value("${spring.application.name:service}") String name) {
        return new OpenAPI()
                .info(new Info().title("Virksomhetsplan " + name).version("v1")
                        .description("Every operation needs a bearer token (JWT) from the caller's municipality realm. "
                                + "Errors are RFC 9457 problem details (application/problem+json)."))
                .addServersItem(new Server().url("/").description("The gateway"))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    /** 401 and 403 on every operation, 400 where a body or parameters can be invalid, all as problem+json. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // Added here, not in the OpenAPI bean: springdoc replaces the bean's schemas with those it generates.
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiAutoConfiguration::addProblems));
        };
    }

    static void addProblems(Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        responses.putIfAbsent("401", problem("No valid bearer token from a trusted issuer"));
        responses.putIfAbsent("403", problem("The caller may not do this (role, unit or client type)"));
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            responses.putIfAbsent("400", problem("Invalid body or parameters; field errors in 'errors'"));
        }
        // springdoc adds problem answers from the controller advice as */*; they are problem+json.
        responses.values().forEach(response -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")
                    && response.get$ref() == null && isProblem(response.getContent().get("*/*"))) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(responses);
    }

    private static boolean isProblem(MediaType media) {
        Schema<?> schema = media.getSchema();
        return schema != null && schema.get$ref() != null && schema.get$ref().endsWith("/ProblemDetail");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"));
    }
}
