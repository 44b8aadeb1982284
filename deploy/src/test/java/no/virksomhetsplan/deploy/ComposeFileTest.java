package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/** docker-compose.yml: valid Compose, and the whole system in it, started in the right order. */
class ComposeFileTest {

    static final List<String> SERVICES = List.of(
            "plans-service", "assignments-service", "checklists-service", "indicators-service", "reporting-service");

    final JsonNode compose = Repository.yaml(Repository.path("docker-compose.yml"));

    @Test
    void the_compose_file_is_valid_against_the_compose_specification_schema() throws Exception {
        assertThat(composeSchemaErrors(compose)).isEmpty();
    }

    @Test
    void the_schema_check_rejects_what_compose_would_reject() throws Exception {
        ObjectNode broken = compose.deepCopy();
        ((ObjectNode) broken.path("services").path("gateway")).put("restart_policy", "always");
        ((ObjectNode) broken.path("services").path("plans-service").path("depends_on").path("kafka"))
                .put("condition", "service_ready");

        assertThat(composeSchemaErrors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void every_service_and_the_gateway_are_built_from_the_one_dockerfile_with_their_module() {
        for (String name : concat(SERVICES, "gateway")) {
            JsonNode build = compose.path("services").path(name).path("build");
            String module = build.path("args").path("MODULE").asText();

            assertThat(build.path("context").asText()).as(name).isEqualTo(".");
            assertThat(Repository.path(module).resolve("pom.xml")).as(name + " module").exists();
            assertThat(module).as(name).endsWith(name);
        }
        assertThat(Repository.path("Dockerfile")).exists();
    }

    @Test
    void services_wait_for_a_healthy_platform_and_the_gateway_for_healthy_services() {
        for (String name : SERVICES) {
            JsonNode service = compose.path("services").path(name);
            assertThat(conditions(service.path("depends_on")))
                    .as(name).containsExactlyInAnyOrder("postgres", "kafka", "keycloak");
            assertThat(service.path("healthcheck").path("test").toString()).contains("/actuator/health/readiness");
            assertThat(service.path("environment").path("SPRING_DATASOURCE_URL").asText())
                    .as(name + " has its own database")
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + name.replace("-service", ""));
        }
        JsonNode gateway = compose.path("services").path("gateway");
        assertThat(conditions(gateway.path("depends_on"))).containsAll(SERVICES);
        for (String name : SERVICES) {
            String variable = name.replace("-service", "").toUpperCase() + "_SERVICE_URL";
            assertThat(gateway.path("environment").path(variable).asText()).isEqualTo("http://" + name + ":8080");
        }
    }

    @Test
    void every_service_database_is_created_by_the_postgres_init_script() throws Exception {
        String script = Files.readString(Repository.path("dev/compose/create-databases.sql"));
        for (String name : SERVICES) {
            assertThat(script).contains("create database " + name.replace("-service", "") + ";");
        }
    }

    /** Dependencies that must be healthy before the service starts. */
    static Set<String> conditions(JsonNode dependsOn) {
        return StreamSupport.stream(((Iterable<String>) dependsOn::fieldNames).spliterator(), false)
                .filter(name -> dependsOn.path(name).path("condition").asText().equals("service_healthy"))
                .collect(Collectors.toSet());
    }

    static Set<ValidationMessage> composeSchemaErrors(JsonNode file) throws Exception {
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            ObjectNode schemaJson = (ObjectNode) Repository.JSON.readTree(in);
            // The packaged schema predates the top-level project name; see compose-spec/README.md.
            ((ObjectNode) schemaJson.path("properties")).putObject("name").put("type", "string");
            // Its sub-schemas still carry draft-04 "id" labels; they name nothing that is referenced.
            JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                    .keyword(new NonValidationKeyword("id"))
                    .build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                    builder -> builder.metaSchema(metaSchema)).getSchema(schemaJson);
            return schema.validate(file);
        }
    }

    static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
