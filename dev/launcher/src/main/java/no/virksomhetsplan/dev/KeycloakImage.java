package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server image, made in the build (ADR 0037): the distribution from Maven Central unzipped into
 * dev/launcher/target/keycloak and built once with {@code kc.sh build} for the options the launcher runs it with, as a
 * container image for Keycloak would be. The launcher then starts it with {@code start --optimized}, so no start pays
 * for Keycloak's build (about 8 CPU-seconds, while everything else starts on the same two cores).
 *
 * <p>Run by Maven in dev/launcher's package phase: {@code KeycloakImage <target/keycloak> <version>}. It does nothing
 * when the image of that version was already built with these options.
 */
final class KeycloakImage {

    /** Build-time options; the run-time ones are in {@link KeycloakServer}. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file");

    /** Written last, so that a build cut short is never taken for an image. */
    static final String MARKER = ".virksomhetsplan-image";

    private final Path root;
    private final String version;

    KeycloakImage(Path root, String version) {
        this.root = root;
        this.version = version;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: KeycloakImage <folder with the distribution zip> <Keycloak version>");
            System.exit(2);
        }
        KeycloakImage image = new KeycloakImage(Path.of(args[0]), args[1]);
        if (image.built()) {
            System.out.println("Keycloak " + args[1] + " is built already: " + image.home());
            return;
        }
        long start = System.nanoTime();
        image.build();
        System.out.printf("Keycloak %s built in %.1f s: %s%n", args[1], (System.nanoTime() - start) / 1e9, image.home());
    }

    Path home() {
        return root.resolve("keycloak-" + version);
    }

    /** What the marker holds: a copy with another content was built from another version or with other options. */
    String markerContent() {
        return "keycloak " + version + "\nbuild " + String.join(" ", BUILD_OPTIONS) + "\n";
    }

    boolean built() throws IOException {
        Path marker = home().resolve(MARKER);
        return Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(markerContent());
    }

    /**
     * Copies this image into {@code target} when the copy there is missing or from another image: everything but its
     * data/ folder, which holds Keycloak's database (realms onboarded at run time included). The marker is copied last,
     * so a copy cut short is made again.
     */
    void installInto(Path target) throws IOException {
        Path marker = target.resolve(MARKER);
        Path imageMarker = home().resolve(MARKER);
        if (Files.exists(marker) && Files.mismatch(marker, imageMarker) == -1) {
            return;
        }
        Files.createDirectories(target);
        try (Stream<Path> entries = Files.list(target)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("data")) {
                    Folders.deleteRecursively(entry);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(home())) {
            for (Path source : walk.toList()) {
                Path relative = home().relativize(source);
                if (relative.startsWith("data") || relative.toString().equals(MARKER)) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.copy(imageMarker, marker);
    }

    private void build() throws IOException, InterruptedException {
        Path zip = root.resolve("keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.exists(zip)) {
            throw new IOException("the Keycloak distribution is missing: " + zip);
        }
        Folders.deleteRecursively(home());
        unzip(zip);
        List<String> command = new ArrayList<>(List.of(home().resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home().toFile()).inheritIO();
        builder.environment().putAll(KeycloakServer.environment());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("kc.sh build did not finish within 5 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException("kc.sh build failed with exit code " + process.exitValue());
        }
        Files.writeString(home().resolve(MARKER), markerContent(), StandardCharsets.UTF_8);
    }

    /** Unzips into a temporary folder first, so an interrupted unzip never looks like a distribution. */
    private void unzip(Path zip) throws IOException {
        Path partial = root.resolve(".unzipping");
        Folders.deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("unexpected path in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zipFile.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip does not keep Unix permissions; the scripts must be executable.
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
        Path unpacked = partial.resolve(home().getFileName());
        if (!Files.isDirectory(unpacked)) {
            throw new IOException(zip + " does not contain " + home().getFileName());
        }
        Files.move(unpacked, home());
        Folders.deleteRecursively(partial);
    }
}
