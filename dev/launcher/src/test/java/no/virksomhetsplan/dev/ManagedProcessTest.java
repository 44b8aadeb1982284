package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What dev/ctl relies on: a child killed or stopped on purpose starts again with the same command, and only a surprise is reported. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ManagedProcessTest {

    @Test
    void aKilledProcessStartsAgainAndOnlyAnUnexpectedExitIsReported(@TempDir Path dir) throws Exception {
        ManagedProcess sleeper = new ManagedProcess("sleeper", List.of("sleep", "60"), Map.of(), dir,
                dir.resolve("logs/sleeper.log"), dir.resolve("run"));
        List<Integer> surprises = new CopyOnWriteArrayList<>();
        sleeper.start();
        sleeper.whenExitedUnexpectedly(surprises::add);
        long firstPid = sleeper.process().pid();

        sleeper.kill();
        assertThat(sleeper.isAlive()).isFalse();
        assertThat(sleeper.exitCode()).isEqualTo(137); // 128 + SIGKILL
        assertThat(dir.resolve("run/sleeper.pid")).doesNotExist();

        sleeper.start();
        assertThat(sleeper.isAlive()).isTrue();
        assertThat(sleeper.process().pid()).isNotEqualTo(firstPid);
        assertThat(Files.readString(dir.resolve("run/sleeper.pid"))).startsWith(sleeper.process().pid() + " ");

        sleeper.stopForRestart(Duration.ofSeconds(5), false);
        sleeper.start();
        // Something else kills it: that is worth a warning.
        sleeper.process().toHandle().destroyForcibly();
        sleeper.process().onExit().get(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (surprises.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(surprises).containsExactly(137);

        sleeper.start();
        sleeper.stop(Duration.ofSeconds(5), false);
        Thread.sleep(200);
        assertThat(surprises).as("a stop is no surprise").hasSize(1);
    }

    /** A run's exit may be noticed after the next run was ended on purpose too: it stays no surprise. */
    @Test
    void runsEndedOnPurposeOneAfterAnotherAreNeverReported(@TempDir Path dir) throws Exception {
        ManagedProcess sleeper = new ManagedProcess("sleeper", List.of("sleep", "60"), Map.of(), dir,
                dir.resolve("logs/sleeper.log"), dir.resolve("run"));
        List<Integer> surprises = new CopyOnWriteArrayList<>();
        sleeper.whenExitedUnexpectedly(surprises::add);

        for (int run = 0; run < 25; run++) {
            sleeper.start();
            if (run % 2 == 0) {
                sleeper.kill();
            } else {
                sleeper.stopForRestart(Duration.ofSeconds(5), false);
            }
        }
        Thread.sleep(200);

        assertThat(surprises).isEmpty();
    }
}
