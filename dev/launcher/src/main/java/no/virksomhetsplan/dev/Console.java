package no.virksomhetsplan.dev;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The launcher's voice: numbered step lines ("[ 2/9] Kafka ... ready in 3.1 s"), progress lines
 * during long waits, warnings, and the final box. Thread-safe, because the services start in
 * parallel and a signal can arrive at any time.
 */
final class Console {

    private static final String INDENT = "        ";

    // UTF-8 regardless of the platform default: the unit names are Norwegian (ø, å, æ).
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private int totalSteps;
    private int nextStep = 1;
    /** A step whose "label ... " has been printed and waits for its result on the same line. */
    private Step openLine;

    synchronized void totalSteps(int totalSteps) {
        this.totalSteps = totalSteps;
    }

    /** Starts a step and prints "[ n/N] label ... "; its result completes the line. */
    synchronized Step begin(String label) {
        closeOpenLine();
        Step step = new Step(nextStep++, label);
        out.print(step.prefix());
        out.flush();
        openLine = step;
        return step;
    }

    /** A step outside the numbered start (dev/ctl): prints "[ctl] label ... ". */
    synchronized Step control(String label) {
        closeOpenLine();
        Step step = new Step(0, label);
        out.print(step.prefix());
        out.flush();
        openLine = step;
        return step;
    }

    /** Starts a step without printing: for steps that run in parallel and report when done. */
    synchronized Step beginQuietly(String label) {
        return new Step(nextStep++, label);
    }

    synchronized void info(String text) {
        closeOpenLine();
        out.println(text);
    }

    synchronized void detail(String text) {
        info(INDENT + text);
    }

    synchronized void warn(String text) {
        info("WARNING: " + text);
    }

    synchronized void error(String text) {
        info("ERROR: " + text);
    }

    synchronized void box(List<String> lines) {
        closeOpenLine();
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 2) + "+";
        out.println();
        out.println(rule);
        for (String line : lines) {
            out.println("| " + line + " ".repeat(width - line.length()) + " |");
        }
        out.println(rule);
        out.println();
    }

    private void closeOpenLine() {
        if (openLine != null) {
            out.println();
            openLine = null;
        }
    }

    private synchronized void finish(Step step, String result) {
        if (openLine == step) {
            out.println(result);
            openLine = null;
        } else {
            closeOpenLine();
            out.println(step.prefix() + result);
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    final class Step {
        private final int number;
        private final String label;
        private final long startNanos = System.nanoTime();

        private Step(int number, String label) {
            this.number = number;
            this.label = label;
        }

        String label() {
            return label;
        }

        long elapsedSeconds() {
            return (System.nanoTime() - startNanos) / 1_000_000_000L;
        }

        void ready() {
            finish(this, "ready in " + seconds(System.nanoTime() - startNanos));
        }

        void ready(String note) {
            finish(this, "ready in " + seconds(System.nanoTime() - startNanos) + " (" + note + ")");
        }

        void failed() {
            finish(this, "FAILED after " + seconds(System.nanoTime() - startNanos));
        }

        /** A line that shows a long wait is still alive. */
        void progress(String text) {
            detail(label + ": " + text);
        }

        private String prefix() {
            if (number == 0) {
                return "[ ctl ] " + label + " ... ";
            }
            return String.format(Locale.ROOT, "[%2d/%d] %s ... ", number, totalSteps, label);
        }
    }
}
