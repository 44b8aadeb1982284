package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rendered umbrella against the Kubernetes API schema, and its network policies against the architecture. */
class RenderedManifestsTest {

    static final String PLATFORM = "virksomhetsplan-platform";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void every_rendered_document_matches_the_kubernetes_api_schema(String environment) {
        List<JsonNode> documents = Charts.documents(Charts.renderUmbrella(environment, Map.of()));
        List<String> problems = new ArrayList<>();
        documents.forEach(document -> problems.addAll(StrictKubernetes.problems(document)));

        assertThat(documents).hasSizeGreaterThan(12);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_schema_check_finds_a_misspelt_field_a_wrong_type_and_an_unknown_kind() {
        JsonNode deployment = kind(Charts.renderUmbrella("dev", Map.of()), "Deployment").get(0);
        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.at("/spec/template/spec/containers/0")).set("livenesProbe", misspelt.at("/spec/template/spec/containers/0/livenessProbe"));
        ObjectNode wrongType = deployment.deepCopy();
        ((ObjectNode) wrongType.path("spec")).put("replicas", "two");
        ObjectNode unknownKind = deployment.deepCopy();
        unknownKind.put("apiVersion", "extensions/v1beta1");

        assertThat(StrictKubernetes.problems(misspelt)).singleElement().asString().contains("livenesProbe");
        assertThat(StrictKubernetes.problems(wrongType)).isNotEmpty();
        assertThat(StrictKubernetes.problems(unknownKind)).isNotEmpty();
    }

    /**
     * The architecture's traffic, and nothing else: ingress controller → gateway → services;
     * services → PostgreSQL, Kafka, Keycloak; gateway → Keycloak (signing keys). DNS for everyone;
     * Prometheus in prod (metrics) and the chart's own test pod are the only other callers.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void network_policies_allow_exactly_the_traffic_of_the_architecture(String environment) {
        List<JsonNode> policies = kind(Charts.renderUmbrella(environment, Map.of()), "NetworkPolicy");
        boolean scraped = environment.equals("prod");
        assertThat(policies).hasSize(Charts.APPLICATION_CHARTS.size());

        for (String chart : Charts.APPLICATION_CHARTS) {
            JsonNode policy = policies.stream()
                    .filter(p -> p.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText().equals(chart))
                    .findFirst().orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + chart));
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress").contains("Egress");

            Set<String> callers = new HashSet<>(peers(policy.at("/spec/ingress"), "from"));
            Set<String> expectedCallers = new HashSet<>();
            expectedCallers.add(chart.equals("gateway") ? "ns:ingress-nginx/ingress-nginx" : "pod:gateway");
            expectedCallers.add("pod:" + chart + "-test");
            if (scraped) {
                expectedCallers.add("ns:monitoring/prometheus");
            }
            assertThat(callers).as(environment + " " + chart + " may be called by").isEqualTo(expectedCallers);

            Set<String> callees = new HashSet<>(peers(policy.at("/spec/egress"), "to"));
            Set<String> expectedCallees = new HashSet<>(Set.of("dns", "ns:" + PLATFORM + "/keycloak"));
            if (chart.equals("gateway")) {
                Charts.SERVICES.forEach(service -> expectedCallees.add("pod:" + service));
            } else {
                expectedCallees.add("ns:" + PLATFORM + "/vp-postgres");
                expectedCallees.add("ns:" + PLATFORM + "/vp-kafka");
            }
            assertThat(callees).as(environment + " " + chart + " may call").isEqualTo(expectedCallees);
        }
    }

    /** Mail is off by default (no relay address, no egress, checked above); switched on, it is both, and no more. */
    @Test
    void mail_enabled_gives_assignments_service_the_relay_and_only_the_relay() {
        String rendered = Charts.renderUmbrella("prod", Map.of("assignments-service.mail.enabled", "true",
                "assignments-service.mail.from", "virksomhetsplan@fjordvik.kommune.no",
                "global.platform.smtp.existingSecret", "vp-mail-relay"));

        JsonNode assignments = kind(rendered, "Deployment").stream()
                .filter(d -> d.at("/metadata/name").asText().endsWith("assignments-service")).findFirst().orElseThrow();
        JsonNode container = assignments.at("/spec/template/spec/containers/0");
        assertThat(HelmChartsTest.env(container, "MAIL_ENABLED").path("value").asText()).isEqualTo("true");
        assertThat(HelmChartsTest.env(container, "SMTP_HOST").path("value").asText()).isEqualTo("vp-mail-relay.virksomhetsplan-platform.svc");
        assertThat(HelmChartsTest.env(container, "MAIL_FROM").path("value").asText()).isEqualTo("virksomhetsplan@fjordvik.kommune.no");
        assertThat(HelmChartsTest.env(container, "SMTP_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("vp-mail-relay");

        for (JsonNode policy : kind(rendered, "NetworkPolicy")) {
            String chart = policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText();
            List<String> callees = peers(policy.at("/spec/egress"), "to");
            assertThat(callees.contains("ns:" + PLATFORM + "/mail-relay")).as(chart + " may reach the mail relay")
                    .isEqualTo(chart.equals("assignments-service"));
        }
        for (JsonNode deployment : kind(rendered, "Deployment")) {
            JsonNode other = deployment.at("/spec/template/spec/containers/0");
            if (!deployment.at("/metadata/name").asText().endsWith("assignments-service")) {
                assertThat(other.path("env").findValuesAsText("name")).doesNotContain("SMTP_HOST", "MAIL_ENABLED");
            }
        }
    }

    @Test
    void no_service_scales_beyond_the_partitions_of_the_topics_it_consumes() {
        JsonNode umbrella = Repository.yaml(Charts.chart(Charts.UMBRELLA).resolve("values.yaml"));
        JsonNode prod = Repository.yaml(Charts.chart(Charts.UMBRELLA).resolve("values-prod.yaml"));
        JsonNode groups = umbrella.at("/kafka/consumerGroups");
        assertThat(groups.size()).isGreaterThan(0);
        groups.fieldNames().forEachRemaining(service -> {
            int maxReplicas = prod.path(service).at("/autoscaling/maxReplicas").asInt();
            for (JsonNode topic : groups.path(service)) {
                int partitions = umbrella.at("/kafka/topics").path(topic.asText()).path("partitions").asInt();
                assertThat(maxReplicas).as(service + " reading " + topic.asText() + " (" + partitions + " partitions)")
                        .isPositive().isLessThanOrEqualTo(partitions);
            }
        });
    }

    /** Each peer of the rules as "dns", "pod:&lt;name&gt;" (this release) or "ns:&lt;namespace&gt;/&lt;pod label&gt;". */
    static List<String> peers(JsonNode rules, String direction) {
        List<String> peers = new ArrayList<>();
        for (JsonNode rule : rules) {
            for (JsonNode peer : rule.path(direction)) {
                JsonNode pods = peer.at("/podSelector/matchLabels");
                assertThat(peer.has("ipBlock")).as("no IP blocks: " + peer).isFalse();
                assertThat(pods.size()).as("every peer names its pods: " + peer).isPositive();
                if (pods.path("k8s-app").asText().equals("kube-dns")) {
                    assertThat(rule.path("ports").toString()).contains("53").doesNotContain("8080");
                    peers.add("dns");
                } else if (peer.has("namespaceSelector")) {
                    String namespace = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
                    String name = firstNonEmpty(pods.path("app.kubernetes.io/name").asText(),
                            pods.path("cnpg.io/cluster").asText(), pods.path("strimzi.io/cluster").asText(), pods.path("app").asText());
                    peers.add("ns:" + namespace + "/" + name);
                } else {
                    assertThat(pods.path("app.kubernetes.io/instance").asText()).isEqualTo(Charts.RELEASE);
                    peers.add("pod:" + pods.path("app.kubernetes.io/name").asText());
                }
            }
        }
        return peers;
    }

    static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    static List<JsonNode> kind(String rendered, String kind) {
        return Charts.documents(rendered).stream().filter(doc -> doc.path("kind").asText().equals(kind)).toList();
    }
}
