package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlChannelTest {

    @Test
    void parsesEveryCommandOfDevCtl() {
        assertThat(ControlChannel.Command.parse("kafka stop\n")).isEqualTo(new ControlChannel.Command("stop", "kafka"));
        assertThat(ControlChannel.Command.parse("kafka start")).isEqualTo(new ControlChannel.Command("start", "kafka"));
        assertThat(ControlChannel.Command.parse("postgres restart")).isEqualTo(new ControlChannel.Command("restart", "postgres"));
        assertThat(ControlChannel.Command.parse(" kill   reporting-service ")).isEqualTo(new ControlChannel.Command("kill", "reporting-service"));
        assertThat(ControlChannel.Command.parse("start gateway")).isEqualTo(new ControlChannel.Command("start", "gateway"));
        assertThat(ControlChannel.Command.parse("status")).isEqualTo(new ControlChannel.Command("status", ""));
    }

    @Test
    void refusesWhatItDoesNotKnowWithTheCommandsInTheMessage() {
        assertThatThrownBy(() -> ControlChannel.Command.parse("kill keycloak")).hasMessageContaining("unknown service 'keycloak'");
        assertThatThrownBy(() -> ControlChannel.Command.parse("kafka restart")).hasMessageContaining("postgres stop|start|restart");
        assertThatThrownBy(() -> ControlChannel.Command.parse("")).hasMessageContaining("unknown command");
    }

    @Test
    void answersEachRequestFileInItsReplyFile(@TempDir Path data) throws Exception {
        List<ControlChannel.Command> executed = new CopyOnWriteArrayList<>();
        Path directory = data.resolve("control");
        ControlChannel channel = new ControlChannel(directory, new Console(), command -> {
            executed.add(command);
            if (command.verb().equals("kill")) {
                throw new StartupException("reporting-service is not running");
            }
            return "Kafka stopped";
        });
        channel.open();
        try {
            request(directory, "1", "kafka stop\n");
            request(directory, "2", "kill reporting-service\n");
            request(directory, "3", "reboot\n");

            assertThat(awaitReply(directory.resolve("1.reply"))).isEqualTo("ok\nKafka stopped\n");
            assertThat(awaitReply(directory.resolve("2.reply"))).isEqualTo("error\nreporting-service is not running\n");
            assertThat(awaitReply(directory.resolve("3.reply"))).startsWith("error\nunknown command 'reboot'");
            assertThat(executed).hasSize(2);
            assertThat(directory.resolve("1.request")).doesNotExist();

            channel.close();
            assertThat(directory).as("gone with the launcher, so dev/ctl knows at once").doesNotExist();
        } finally {
            channel.close();
        }
    }

    /** As dev/ctl does it: written beside the folder's pattern, then moved in, so the launcher never reads half a request. */
    private static void request(Path directory, String id, String line) throws Exception {
        Path temporary = directory.resolve(id + ".tmp");
        Files.writeString(temporary, line);
        Files.move(temporary, directory.resolve(id + ".request"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String awaitReply(Path reply) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Files.exists(reply)) {
            assertThat(System.nanoTime()).as("a reply in " + reply).isLessThan(deadline);
            Thread.sleep(50);
        }
        return Files.readString(reply);
    }
}
