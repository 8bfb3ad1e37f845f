package org.threadlens.cli.logs;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger of the {@link GatedServiceProvider}: enabled where the wrapped logger is; a line goes to the
 * {@link LogGate}'s sink if one is open, else to the wrapped logger, already formatted. Thread-safe.
 */
final class GatedLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;
    private final transient Logger wrapped;

    GatedLogger(String name, Logger wrapped) {
        this.name = name;
        this.wrapped = wrapped;
    }

    @Override
    public boolean isTraceEnabled() {
        return wrapped.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return wrapped.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return wrapped.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return wrapped.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return wrapped.isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable cause) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        if (LogGate.offer(new LogLine(name, level, message, cause))) {
            return;
        }
        // formatted already: passed on without arguments, its text is not formatted again
        switch (level) {
            case ERROR -> wrapped.error(message, cause);
            case WARN -> wrapped.warn(message, cause);
            case INFO -> wrapped.info(message, cause);
            case DEBUG -> wrapped.debug(message, cause);
            case TRACE -> wrapped.trace(message, cause);
        }
    }
}
