package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's Spring Boot fat jar, extracted next to itself with Spring Boot's own {@code extract} (the application's
 * jar plus a lib/ folder; ADR 0038). A JVM started from the extracted jar loads its classes from plain jars rather than
 * from jars nested in the fat jar, and needs about a third less CPU to start: six of them start at once on two cores.
 *
 * <p>The build extracts every jar it made (dev/launcher's package phase runs {@code ExtractedJar <repository>}); the
 * launcher extracts again before a start when a fat jar is newer than its extracted copy, e.g. after one service was
 * rebuilt on its own.
 */
final class ExtractedJar {

    /** Written last: the fat jar's size and time, so that a copy cut short or out of date is extracted again. */
    static final String MARKER = ".extracted-from";

    private final Path fatJar;

    ExtractedJar(Path fatJar) {
        this.fatJar = fatJar;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ExtractedJar <the repository's folder>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (LauncherConfig.ServiceSpec spec : LauncherConfig.SERVICES_AND_GATEWAY) {
            ExtractedJar jar = new ExtractedJar(home.resolve(spec.jar()));
            if (!Files.isRegularFile(jar.fatJar)) {
                System.out.println("Not built, so not extracted: " + spec.jar());
            } else if (jar.extractIfChanged(java)) {
                System.out.println("Extracted " + spec.jar() + " to " + home.relativize(jar.folder()));
            }
        }
    }

    /** The folder the jar is extracted to: target/plans-service/ for target/plans-service.jar. */
    Path folder() {
        String name = fatJar.getFileName().toString();
        return fatJar.resolveSibling(name.substring(0, name.length() - ".jar".length()));
    }

    /** The jar to run: the application's classes, with lib/ on its manifest's class path. */
    Path runnable() {
        return folder().resolve(fatJar.getFileName());
    }

    boolean upToDate() throws IOException {
        Path marker = folder().resolve(MARKER);
        return Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(markerContent());
    }

    /** Extracts the fat jar unless its extracted copy is up to date; true when it extracted. */
    boolean extractIfChanged(Path java) throws IOException, InterruptedException {
        if (upToDate()) {
            return false;
        }
        Folders.deleteRecursively(folder());
        Process process = new ProcessBuilder(List.of(java.toString(), "-Djarmode=tools", "-jar", fatJar.toString(),
                "extract", "--destination", folder().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("extracting " + fatJar + " did not finish within 2 minutes");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(runnable())) {
            throw new IOException("could not extract " + fatJar + " (exit code " + process.exitValue() + ")");
        }
        Files.writeString(folder().resolve(MARKER), markerContent(), StandardCharsets.UTF_8);
        return true;
    }

    private String markerContent() throws IOException {
        return Files.size(fatJar) + " " + Files.getLastModifiedTime(fatJar).toMillis() + "\n";
    }
}
