package no.virksomhetsplan.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.spi.LocationAwareLogger;

/**
 * Commons Logging (which Spring logs through) on SLF4J, as Commons Logging's own {@code Slf4jLogFactory} does, except
 * that a message becomes a string only when its level is on. Commons Logging 1.3 calls {@code String.valueOf(message)}
 * before SLF4J checks the level, so every {@code logger.debug(LogMessage.format(…))} in Spring (Spring Security's
 * matchers, on every request) built its text only for it to be thrown away (ADR 0032). Chosen through
 * {@code META-INF/services/org.apache.commons.logging.LogFactory}, which Commons Logging reads before its own
 * discovery. Messages keep the same marker ({@code COMMONS-LOGGING}) and the caller's location.
 */
public final class LevelFirstLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    /** For {@link java.util.ServiceLoader}. */
    public LevelFirstLogFactory() {
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new LevelFirstLog(LoggerFactory.getLogger(n)));
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** Checks the level, then formats and logs; through {@link LocationAwareLogger} when it can, so the caller is right. */
    static final class LevelFirstLog implements Log {

        private static final String FQCN = LevelFirstLog.class.getName();
        private static final Marker MARKER = MarkerFactory.getMarker("COMMONS-LOGGING");

        private final Logger logger;
        private final LocationAwareLogger located;

        LevelFirstLog(Logger logger) {
            this.logger = logger;
            this.located = logger instanceof LocationAwareLogger aware ? aware : null;
        }

        @Override
        public boolean isTraceEnabled() {
            return logger.isTraceEnabled(MARKER);
        }

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled(MARKER);
        }

        @Override
        public boolean isInfoEnabled() {
            return logger.isInfoEnabled(MARKER);
        }

        @Override
        public boolean isWarnEnabled() {
            return logger.isWarnEnabled(MARKER);
        }

        @Override
        public boolean isErrorEnabled() {
            return logger.isErrorEnabled(MARKER);
        }

        @Override
        public boolean isFatalEnabled() {
            return isErrorEnabled();
        }

        @Override
        public void trace(Object message) {
            trace(message, null);
        }

        @Override
        public void trace(Object message, Throwable t) {
            if (isTraceEnabled()) {
                log(LocationAwareLogger.TRACE_INT, message, t);
            }
        }

        @Override
        public void debug(Object message) {
            debug(message, null);
        }

        @Override
        public void debug(Object message, Throwable t) {
            if (isDebugEnabled()) {
                log(LocationAwareLogger.DEBUG_INT, message, t);
            }
        }

        @Override
        public void info(Object message) {
            info(message, null);
        }

        @Override
        public void info(Object message, Throwable t) {
            if (isInfoEnabled()) {
                log(LocationAwareLogger.INFO_INT, message, t);
            }
        }

        @Override
        public void warn(Object message) {
            warn(message, null);
        }

        @Override
        public void warn(Object message, Throwable t) {
            if (isWarnEnabled()) {
                log(LocationAwareLogger.WARN_INT, message, t);
            }
        }

        @Override
        public void error(Object message) {
            error(message, null);
        }

        @Override
        public void error(Object message, Throwable t) {
            if (isErrorEnabled()) {
                log(LocationAwareLogger.ERROR_INT, message, t);
            }
        }

        @Override
        public void fatal(Object message) {
            error(message, null);
        }

        @Override
        public void fatal(Object message, Throwable t) {
            error(message, t);
        }

        private void log(int level, Object message, Throwable t) {
            String text = String.valueOf(message);
            if (located != null) {
                located.log(MARKER, FQCN, level, text, null, t);
                return;
            }
            switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.trace(MARKER, text, t);
                case LocationAwareLogger.DEBUG_INT -> logger.debug(MARKER, text, t);
                case LocationAwareLogger.INFO_INT -> logger.info(MARKER, text, t);
                case LocationAwareLogger.WARN_INT -> logger.warn(MARKER, text, t);
                default -> logger.error(MARKER, text, t);
            }
        }
    }
}
