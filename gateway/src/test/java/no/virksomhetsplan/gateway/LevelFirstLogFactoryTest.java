package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Commons Logging, which Spring logs through, uses {@link LevelFirstLogFactory} in the gateway (found through the
 * service file), and a message is formatted only when its level is on; what is logged is as before: the text, the
 * level, the marker, the exception and the caller's location.
 */
class LevelFirstLogFactoryTest {

    private static final String NAME = "no.virksomhetsplan.gateway.LevelFirstLogFactoryTest.logger";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    private final Recorder appender = new Recorder();
    private final AtomicInteger formatted = new AtomicInteger();

    @BeforeEach
    void listen() {
        appender.start();
        logback.addAppender(appender);
        logback.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(appender);
        logback.setLevel(null);
    }

    @Test
    void commonsLoggingUsesTheFactoryFromTheServiceFile() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelFirstLogFactory.class);
        assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelFirstLogFactory.LevelFirstLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverFormatted() {
        Log log = LogFactory.getLog(NAME);

        log.trace(message("trace"));
        log.debug(message("debug"));
        log.debug(message("debug"), new IllegalStateException());

        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(formatted).hasValue(0);
        assertThat(appender.list).isEmpty();
    }

    @Test
    void aMessageAtAnEnabledLevelIsLoggedOnceWithItsLocation() {
        Log log = LogFactory.getLog(NAME);
        IllegalStateException failure = new IllegalStateException("broken");

        log.info(message("info"));
        log.warn(message("warn"), failure);
        log.fatal("fatal");
        logback.setLevel(Level.DEBUG);
        log.debug(message("debug"));

        assertThat(formatted).hasValue(3);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("info", "warn", "fatal", "debug");
        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.WARN, Level.ERROR, Level.DEBUG);
        assertThat(appender.list.get(1).getThrowableProxy().getMessage()).isEqualTo("broken");
        assertThat(appender.list).allSatisfy(event ->
                assertThat(event.getMarkerList()).extracting(marker -> marker.getName()).containsExactly("COMMONS-LOGGING"));
        assertThat(appender.callers).containsOnly(LevelFirstLogFactoryTest.class.getName());
    }

    /** Keeps the events and their callers (which Logback finds from the stack while the event is logged). */
    private static final class Recorder extends AppenderBase<ILoggingEvent> {

        final List<ILoggingEvent> list = new ArrayList<>();
        final List<String> callers = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            list.add(event);
            callers.add(event.getCallerData()[0].getClassName());
        }
    }

    /** A message like Spring's {@code LogMessage.format(…)}, counting how often it is turned into text. */
    private LogMessage message(String text) {
        return LogMessage.of(() -> {
            formatted.incrementAndGet();
            return text;
        });
    }
}
