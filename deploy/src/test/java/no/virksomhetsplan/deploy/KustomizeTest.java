package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import no.virksomhetsplan.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k8s/: the kustomize base and overlays, read the way kustomize reads them (every file it names,
 * every document in it). Where kubectl is on the PATH, the overlays are also built by its kustomize.
 */
class KustomizeTest {

    static final Set<String> DATABASES = Set.of("plans", "assignments", "checklists", "indicators", "reporting");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void every_file_an_overlay_names_exists_and_parses(String overlay) {
        assertThat(resources(Repository.path("k8s").resolve(overlay))).isNotEmpty();
    }

    @Test
    void a_kafka_topic_and_its_dead_letter_topic_for_every_topic_of_the_event_contracts() {
        Map<String, JsonNode> topics = byTopicName(resources(Repository.path("k8s/base")));
        Set<String> expected = new HashSet<>();
        for (String topic : List.of(Topics.ORG, Topics.PLANS, Topics.ASSIGNMENTS, Topics.CHECKLISTS,
                Topics.INDICATORS, Topics.INDICATOR_VALUES_IN)) {
            expected.add(topic);
            expected.add(Topics.deadLetter(topic));
        }
        assertThat(topics.keySet()).isEqualTo(expected);
        topics.values().forEach(topic -> assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("vp-kafka"));
    }

    @Test
    void topic_partitions_are_those_the_helm_values_size_consumers_by() {
        Map<String, JsonNode> topics = byTopicName(resources(Repository.path("k8s/base")));
        JsonNode documented = Repository.yaml(Repository.path("helm/virksomhetsplan/values.yaml")).at("/kafka/topics");
        documented.fieldNames().forEachRemaining(name ->
                assertThat(topics.get(name).at("/spec/partitions").asInt()).as(name)
                        .isEqualTo(documented.path(name).path("partitions").asInt()));
        assertThat(documented.size()).isEqualTo(6);
    }

    @Test
    void kafka_runs_in_kraft_mode_with_node_pools() {
        List<JsonNode> base = resources(Repository.path("k8s/base"));
        JsonNode kafka = only(base, "Kafka");
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText()).isEqualTo("enabled");
        assertThat(kafka.has("zookeeper") || kafka.at("/spec/zookeeper").isObject()).isFalse();
        assertThat(ofKind(base, "KafkaNodePool")).allMatch(pool -> pool.at("/spec/roles").toString().contains("controller"));
    }

    @Test
    void postgres_has_a_database_owned_by_its_own_role_for_every_service() {
        List<JsonNode> base = resources(Repository.path("k8s/base"));
        JsonNode cluster = only(base, "Cluster");
        Set<String> roles = new HashSet<>();
        cluster.at("/spec/managed/roles").forEach(role -> roles.add(role.path("name").asText()));
        Map<String, String> owners = ofKind(base, "Database").stream()
                .collect(Collectors.toMap(db -> db.at("/spec/name").asText(), db -> db.at("/spec/owner").asText()));

        for (String database : DATABASES) {
            assertThat(owners).as(database).containsEntry(database, database);
            assertThat(roles).contains(database);
        }
        assertThat(cluster.at("/spec/imageName").asText()).contains("postgresql:17");
    }

    @Test
    void the_dev_overlay_imports_exactly_the_demo_realms_of_dev_keycloak() throws Exception {
        List<JsonNode> dev = resources(Repository.path("k8s/overlays/dev"));
        List<JsonNode> imports = ofKind(dev, "KeycloakRealmImport");
        assertThat(ofKind(dev, "Keycloak")).hasSize(1);
        assertThat(imports).hasSize(2);
        for (JsonNode realmImport : imports) {
            String realm = realmImport.at("/spec/realm/realm").asText();
            JsonNode devRealm = Repository.JSON.readTree(Repository.path("dev/keycloak/" + realm + "-realm.json").toFile());
            assertThat(realmImport.at("/spec/realm")).as(realm + " as in dev/keycloak").isEqualTo(devRealm);
            assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo("vp-keycloak");
        }
    }

    @Test
    void every_prod_patch_targets_a_resource_of_the_base_and_prod_backs_up_postgres() {
        JsonNode kustomization = Repository.yaml(Repository.path("k8s/overlays/prod/kustomization.yaml"));
        List<JsonNode> base = resources(Repository.path("k8s/base"));
        for (JsonNode patch : kustomization.path("patches")) {
            String kind = patch.at("/target/kind").asText();
            String name = patch.at("/target/name").asText();
            assertThat(base).as("patch target " + kind + " " + name)
                    .anyMatch(doc -> doc.path("kind").asText().equals(kind)
                            && (name.isEmpty() || doc.at("/metadata/name").asText().equals(name)));
        }
        List<JsonNode> prod = resources(Repository.path("k8s/overlays/prod"));
        assertThat(ofKind(prod, "ScheduledBackup")).singleElement()
                .satisfies(backup -> assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo("vp-postgres"));
    }

    /** kubectl's kustomize, where there is one: the overlays build, and prod is replicated. */
    @Test
    void the_overlays_build_with_kustomize_when_kubectl_is_available() throws Exception {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        // CI machines have kubectl: there a missing one is a broken machine, not a reason to skip.
        if (System.getenv("CI") != null) {
            assertThat(kubectl).as("kubectl on the PATH in CI").isNotNull();
        }
        assumeTrue(kubectl != null, "kubectl is not on the PATH");

        for (String overlay : List.of("dev", "prod")) {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Repository.path("k8s/overlays/" + overlay).toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            List<JsonNode> built = Repository.yamlDocuments(output);
            assertThat(built).allMatch(doc -> doc.path("kind").asText().equals("Namespace")
                    || doc.at("/metadata/namespace").asText().equals("virksomhetsplan-platform"));
            if (overlay.equals("prod")) {
                assertThat(ofKind(built, "KafkaTopic")).hasSize(12).allMatch(topic -> topic.at("/spec/replicas").asInt() == 3);
                assertThat(ofKind(built, "KafkaNodePool")).extracting(pool -> pool.at("/metadata/name").asText())
                        .containsExactlyInAnyOrder("controller", "broker");
                assertThat(only(built, "Cluster").at("/spec/instances").asInt()).isEqualTo(3);
                assertThat(only(built, "Cluster").at("/spec/backup/barmanObjectStore").isObject()).isTrue();
            }
        }
    }

    /** Every document of every resource a kustomization names, following bases and overlays. */
    static List<JsonNode> resources(Path kustomizationDirectory) {
        Path file = kustomizationDirectory.resolve("kustomization.yaml");
        assertThat(file).exists();
        JsonNode kustomization = Repository.yaml(file);
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = kustomizationDirectory.resolve(resource.asText()).normalize();
            assertThat(path).as("resource of " + file).exists();
            if (Files.isDirectory(path)) {
                documents.addAll(resources(path));
            } else {
                List<JsonNode> parsed = Repository.yamlDocuments(Repository.read(path));
                assertThat(parsed).as(path.toString()).isNotEmpty()
                        .allMatch(doc -> doc.hasNonNull("apiVersion") && doc.hasNonNull("kind") && doc.at("/metadata/name").isTextual());
                documents.addAll(parsed);
            }
        }
        return documents;
    }

    static Map<String, JsonNode> byTopicName(List<JsonNode> documents) {
        Map<String, JsonNode> topics = new TreeMap<>();
        ofKind(documents, "KafkaTopic").forEach(topic -> topics.put(topic.at("/spec/topicName").asText(), topic));
        return topics;
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(doc -> doc.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> found = ofKind(documents, kind);
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
