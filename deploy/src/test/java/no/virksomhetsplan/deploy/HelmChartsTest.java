package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every chart lints strictly; the umbrella renders for dev and prod as the architecture wants. */
class HelmChartsTest {

    static Stream<String> everyChart() {
        return Stream.concat(Stream.of(Charts.LIBRARY, Charts.UMBRELLA), Charts.APPLICATION_CHARTS.stream());
    }

    @ParameterizedTest
    @MethodSource("everyChart")
    void lints_strictly(String chart) {
        LintResult lint = new Helm(Charts.chart(chart)).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void renders_a_deployment_and_service_for_every_service_and_the_gateway(String environment) {
        List<JsonNode> documents = Charts.documents(Charts.renderUmbrella(environment, Map.of()));

        for (String chart : Charts.APPLICATION_CHARTS) {
            String name = Charts.RELEASE + "-" + chart;
            assertThat(documents).as(environment + " " + name)
                    .anyMatch(doc -> is(doc, "Deployment", name))
                    .anyMatch(doc -> is(doc, "Service", name))
                    .anyMatch(doc -> is(doc, "NetworkPolicy", name));
        }
    }

    /** helm-java's template leaves test hooks out; lint renders them, this checks what they ask. */
    @Test
    void every_application_chart_has_a_test_that_asks_for_readiness() {
        String library = Repository.read(Charts.chart(Charts.LIBRARY).resolve("templates/_readiness-test.tpl"));
        assertThat(library).contains("helm.sh/hook: test").contains("/actuator/health/readiness");
        for (String chart : Charts.APPLICATION_CHARTS) {
            assertThat(Repository.read(Charts.chart(chart).resolve("templates/tests/test-readiness.yaml")))
                    .as(chart).contains("include \"vp-lib.test\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containers_probe_the_actuator_groups_size_the_heap_and_read_secrets_from_existing_secrets(String environment) {
        for (JsonNode deployment : kind(Charts.renderUmbrella(environment, Map.of()), "Deployment")) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String name = deployment.at("/metadata/name").asText();

            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
            assertThat(container.at("/resources/requests/memory").asText()).as(name + ": memory request = limit")
                    .isEqualTo(container.at("/resources/limits/memory").asText());
            assertThat(env(container, "JAVA_TOOL_OPTIONS").path("value").asText()).contains("-XX:MaxRAMPercentage=75");
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
            for (JsonNode variable : container.path("env")) {
                String variableName = variable.path("name").asText();
                if (variableName.contains("PASSWORD") || variableName.contains("SECRET") || variableName.contains("JAAS")) {
                    assertThat(variable.has("value")).as(name + " " + variableName + " must come from a secret").isFalse();
                    assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).isNotEmpty();
                }
            }
            if (!name.endsWith("gateway")) {
                String database = name.replace(Charts.RELEASE + "-", "").replace("-service", "");
                assertThat(env(container, "SPRING_DATASOURCE_URL").path("value").asText())
                        .startsWith("jdbc:postgresql://").contains(":5432/" + database);
                assertThat(env(container, "SPRING_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                        .isEqualTo("vp-postgres-" + database);
            }
        }
    }

    @Test
    void the_gateway_finds_every_service_by_its_release_name() {
        JsonNode gateway = kind(Charts.renderUmbrella("dev", Map.of()), "Deployment").stream()
                .filter(doc -> doc.at("/metadata/name").asText().equals("vp-gateway")).findFirst().orElseThrow();
        JsonNode container = gateway.at("/spec/template/spec/containers/0");
        for (String service : Charts.SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_SERVICE_URL";
            assertThat(env(container, variable).path("value").asText()).isEqualTo("http://vp-" + service + ":8080");
        }
    }

    @Test
    void prod_scales_out_behind_autoscalers_and_disruption_budgets_and_is_scraped() {
        List<JsonNode> documents = Charts.documents(Charts.renderUmbrella("prod", Map.of()));
        for (String chart : Charts.APPLICATION_CHARTS) {
            String name = Charts.RELEASE + "-" + chart;
            assertThat(documents).as(name)
                    .anyMatch(doc -> is(doc, "HorizontalPodAutoscaler", name) && doc.at("/spec/minReplicas").asInt() >= 2)
                    .anyMatch(doc -> is(doc, "PodDisruptionBudget", name))
                    .anyMatch(doc -> is(doc, "ServiceMonitor", name)
                            && doc.at("/spec/endpoints/0/path").asText().equals("/actuator/prometheus"));
        }
        assertThat(documents).anyMatch(doc -> is(doc, "Ingress", "vp-gateway"));
        assertThat(documents).filteredOn(doc -> doc.path("kind").asText().equals("Ingress")).hasSize(1);
    }

    @Test
    void wrong_values_are_refused_at_template_time() {
        assertThatThrownBy(() -> Charts.renderUmbrella("dev", Map.of("plans-service.database.existingSecret", "")))
                .hasMessageContaining("database.existingSecret");
        assertThatThrownBy(() -> Charts.renderUmbrella("dev", Map.of("global.platform.kafka.bootstrapServers", "")))
                .hasMessageContaining("bootstrapServers is required");
        assertThatThrownBy(() -> Charts.renderUmbrella("prod", Map.of("gateway.autoscaling.minReplicas", 20)))
                .hasMessageContaining("minReplicas must not exceed");
        assertThatThrownBy(() -> Charts.renderUmbrella("dev", Map.of("plans-service.ingress.enabled", true)))
                .hasMessageContaining("ingress");
        assertThatThrownBy(() -> Charts.renderUmbrella("dev", Map.of("gateway.jvm.maxRamPercentage", 99)))
                .hasMessageContaining("maxRamPercentage");
    }

    static List<JsonNode> kind(String rendered, String kind) {
        return Charts.documents(rendered).stream().filter(doc -> doc.path("kind").asText().equals(kind)).toList();
    }

    static boolean is(JsonNode doc, String kind, String name) {
        return doc.path("kind").asText().equals(kind) && doc.at("/metadata/name").asText().equals(name);
    }

    static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no environment variable " + name + " in " + container.path("name"));
    }
}
