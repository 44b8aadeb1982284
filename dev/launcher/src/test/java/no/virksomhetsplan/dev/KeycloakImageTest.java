package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakImageTest {

    @TempDir
    Path root;

    KeycloakImage image;
    Path installed;

    @BeforeEach
    void anImage() throws IOException {
        image = new KeycloakImage(root.resolve("target"), "26.5.6");
        write(image.home().resolve("bin/kc.sh"), "#!/bin/sh");
        image.home().resolve("bin/kc.sh").toFile().setExecutable(true);
        write(image.home().resolve("lib/quarkus/build-system.properties"), "built");
        write(image.home().resolve(KeycloakImage.MARKER), image.markerContent());
        installed = root.resolve("data/keycloak/keycloak-26.5.6");
    }

    @Test
    void anImageIsBuiltOnlyWithAMarkerForItsVersionAndOptions() throws IOException {
        assertThat(image.built()).isTrue();
        assertThat(new KeycloakImage(root.resolve("target"), "26.5.7").built()).isFalse();

        write(image.home().resolve(KeycloakImage.MARKER), "keycloak 26.5.6\nbuild --db=postgres\n");
        assertThat(image.built()).isFalse();

        Files.delete(image.home().resolve(KeycloakImage.MARKER));
        assertThat(image.built()).isFalse();
    }

    @Test
    void theFirstInstallCopiesTheImageWithItsPermissions() throws IOException {
        image.installInto(installed);

        assertThat(installed.resolve("lib/quarkus/build-system.properties")).hasContent("built");
        assertThat(Files.getPosixFilePermissions(installed.resolve("bin/kc.sh"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(installed.resolve(KeycloakImage.MARKER)).hasContent(image.markerContent());
    }

    @Test
    void anotherImageReplacesEverythingButTheDatabase() throws IOException {
        write(installed.resolve("lib/quarkus/build-system.properties"), "built by start-dev");
        write(installed.resolve("lib/lib/main/old.jar"), "old");
        write(installed.resolve("data/h2/keycloakdb.mv.db"), "realms onboarded at run time");

        image.installInto(installed);

        assertThat(installed.resolve("lib/quarkus/build-system.properties")).hasContent("built");
        assertThat(installed.resolve("lib/lib/main/old.jar")).doesNotExist();
        assertThat(installed.resolve("data/h2/keycloakdb.mv.db")).hasContent("realms onboarded at run time");
        assertThat(installed.resolve(KeycloakImage.MARKER)).hasContent(image.markerContent());
    }

    @Test
    void theSameImageIsNotCopiedAgain() throws IOException {
        image.installInto(installed);
        write(installed.resolve("conf/keycloak.conf"), "changed by hand");

        image.installInto(installed);

        assertThat(installed.resolve("conf/keycloak.conf")).hasContent("changed by hand");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
