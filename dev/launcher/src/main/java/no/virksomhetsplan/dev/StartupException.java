package no.virksomhetsplan.dev;

/** A start that cannot go on; the message is meant for the user (what failed, which log to read). */
final class StartupException extends RuntimeException {

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
