package org.threadlens.cli.logs;

import java.util.Objects;
import org.slf4j.event.Level;

/**
 * One line a library logged.
 *
 * @param logger  the logger's name, usually a class name ({@code edu.stanford.nlp.process.PTBLexer})
 * @param level   its level
 * @param message the message, its {@code {}} placeholders filled
 * @param cause   nullable: the throwable logged with it
 */
public record LogLine(String logger, Level level, String message, Throwable cause) {
    public LogLine {
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(level, "level");
        message = message == null ? "null" : message;
    }

    /** The logger's last name part: {@code PTBLexer}. */
    public String shortLogger() {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    /** As slf4j-simple prints it here: {@code WARN PTBLexer - Untokenizable: ...}, the cause after it. */
    public String display() {
        return level + " " + shortLogger() + " - " + message + (cause == null ? "" : " (" + cause + ")");
    }
}
