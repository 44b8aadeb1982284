package no.virksomhetsplan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where a benchmark's report goes: printed, and written to e2e/target/benchmark/ for docs/benchmarks.md. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void write(String name, String markdown) {
        System.out.println(markdown);
        Path out = Path.of("target", "benchmark", name + ".md");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's date and the load generator's view of the machine. */
    static String machine() {
        return String.format(Locale.ROOT, "%s; load generator on the same machine: %d processors, Java %s, %s %s",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static String row(String what, Latencies l, long requests, double perSecond, long errors) {
        return String.format(Locale.ROOT, "| %s | %,d | %.0f /s | %.1f | %.1f | %.1f | %.1f | %,d |", what, requests, perSecond,
                l.p50(), l.p95(), l.p99(), l.max(), errors);
    }

    static final String TABLE_HEAD = """
            | | requests | throughput | p50 ms | p95 ms | p99 ms | max ms | errors |
            |---|---|---|---|---|---|---|---|""";
}
