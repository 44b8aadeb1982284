package no.virksomhetsplan.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The repository this module checks, and YAML read the way Compose and Kubernetes read it. */
final class Repository {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The repository root: the parent of this module's directory, wherever the build runs. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("deploy/pom.xml")) ? here : here.getParent();
        if (!Files.exists(root.resolve("helm")) || !Files.exists(root.resolve("k8s"))) {
            throw new IllegalStateException("not the repository root: " + root);
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document in the text, anchors and merge keys resolved; empty documents dropped. */
    static List<JsonNode> yamlDocuments(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<JsonNode> documents = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(text)) {
            if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                documents.add(JSON.valueToTree(document));
            }
        }
        return documents;
    }

    static JsonNode yaml(Path file) {
        List<JsonNode> documents = yamlDocuments(read(file));
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " has " + documents.size() + " documents, expected one");
        }
        return documents.get(0);
    }

    private Repository() {
    }
}
