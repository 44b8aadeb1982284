package no.virksomhetsplan.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/**
 * The charts of helm/, copied into target/ (dependency builds write charts/ and Chart.lock) and
 * rendered with the real Helm engine through helm-java.
 */
final class Charts {

    static final String RELEASE = "vp";
    static final String NAMESPACE = "virksomhetsplan";
    static final String UMBRELLA = "virksomhetsplan";
    static final String LIBRARY = "virksomhetsplan-lib";
    static final List<String> SERVICES = List.of(
            "plans-service", "assignments-service", "checklists-service", "indicators-service", "reporting-service");
    static final List<String> APPLICATION_CHARTS = Stream.concat(SERVICES.stream(), Stream.of("gateway")).toList();

    private static Path workspace;

    /** A fresh copy of helm/ with every dependency built, once per test run. */
    static synchronized Path workspace() {
        if (workspace == null) {
            Path target = Path.of("target", "helm").toAbsolutePath();
            deleteRecursively(target);
            copyRecursively(Repository.path("helm"), target);
            for (String chart : APPLICATION_CHARTS) {
                new Helm(target.resolve(chart)).dependency().update().skipRefresh().call();
            }
            new Helm(target.resolve(UMBRELLA)).dependency().update().skipRefresh().call();
            workspace = target;
        }
        return workspace;
    }

    static Path chart(String name) {
        return workspace().resolve(name);
    }

    /** The umbrella rendered with values-&lt;environment&gt;.yaml and extra --set values. */
    static String renderUmbrella(String environment, Map<String, Object> sets) {
        TemplateCommand template = new Helm(chart(UMBRELLA)).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withValuesFile(chart(UMBRELLA).resolve("values-" + environment + ".yaml"));
        sets.forEach(template::set);
        return template.call();
    }

    static List<JsonNode> documents(String rendered) {
        return Repository.yamlDocuments(rendered);
    }

    private static void copyRecursively(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path relative = from.relativize(source);
                if (relative.toString().contains("charts" + java.io.File.separator) || relative.endsWith("Chart.lock")) {
                    continue;
                }
                Path destination = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Charts() {
    }
}
