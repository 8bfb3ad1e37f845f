package org.threadlens.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** A gated logger sends its lines to the open sink, or to the logger it wraps, formatted once. */
class GatedLoggerTest {
    private final Recording wrapped = new Recording();
    private final GatedLogger logger = new GatedLogger("edu.stanford.nlp.process.PTBLexer", wrapped);

    @Test
    void withASinkOpenLinesGoThereFormattedAndTheWrappedLoggerPrintsNothing() {
        List<LogLine> lines = new ArrayList<>();
        IllegalStateException cause = new IllegalStateException("x");
        try (LogGate.Opened gate = LogGate.open(lines::add)) {
            logger.warn("Untokenizable: {} (U+{})", "‽", "203D");
            logger.error("failed on {}", "text 3", cause);
        }
        assertEquals(2, lines.size());
        assertEquals(new LogLine("edu.stanford.nlp.process.PTBLexer", Level.WARN, "Untokenizable: ‽ (U+203D)", null), lines.get(0));
        assertEquals("failed on text 3", lines.get(1).message());
        assertSame(cause, lines.get(1).cause(), "a throwable last among the arguments is the cause");
        assertEquals(List.of(), wrapped.lines);
    }

    @Test
    void withoutASinkTheWrappedLoggerPrintsTheFormattedTextAsIs() {
        logger.warn("the text {}", "holds {} braces");
        assertEquals(List.of("WARN the text holds {} braces"), wrapped.lines);
    }

    @Test
    void levelsAreTheWrappedLoggers() {
        wrapped.lowest = Level.WARN;
        assertTrue(logger.isWarnEnabled());
        assertFalse(logger.isInfoEnabled());
        List<LogLine> lines = new ArrayList<>();
        try (LogGate.Opened gate = LogGate.open(lines::add)) {
            logger.info("not logged");
        }
        assertEquals(List.of(), lines);
    }

    /** Records what it is asked to print, as {@code LEVEL message}. */
    private static final class Recording extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<String> lines = new ArrayList<>();
        Level lowest = Level.TRACE;

        private boolean enabled(Level level) {
            return level.toInt() >= lowest.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
            lines.add(level + " " + org.slf4j.helpers.MessageFormatter.basicArrayFormat(pattern, args));
        }
    }
}
