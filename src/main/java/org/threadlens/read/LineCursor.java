package org.threadlens.read;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Lines of a text input with line numbers and a lookahead, for line-based formats.
 * A line that is not UTF-8 or is too long becomes an {@link InputFormatException} at that line: line-based
 * formats whose records span lines cannot skip one. Not thread-safe.
 */
public final class LineCursor implements AutoCloseable {
    private final Utf8Lines reader;
    private final String file;
    private final ArrayDeque<String> ahead = new ArrayDeque<>();
    private long consumed;
    private boolean eof;

    public LineCursor(Utf8Lines reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    /** The line {@code k} lines ahead (0 = the next one to be taken), or null past the end. */
    public String peek(int k) throws IOException, InputFormatException {
        while (ahead.size() <= k && !eof) {
            String line = readRaw();
            if (line == null) {
                eof = true;
            } else {
                ahead.addLast(line);
            }
        }
        if (ahead.size() <= k) {
            return null;
        }
        return ahead.stream().skip(k).findFirst().orElseThrow();
    }

    /** Takes the next line, or null at the end. */
    public String next() throws IOException, InputFormatException {
        if (peek(0) == null) {
            return null;
        }
        consumed++;
        return ahead.removeFirst();
    }

    /** The 1-based number of the line last taken by {@link #next()} (0 before the first). */
    public long lineNumber() {
        return consumed;
    }

    public String file() {
        return file;
    }

    /** An error at the next line (the one a parser is looking at through {@code peek(0)}). */
    public InputFormatException errorAtNext(String problem) {
        return new InputFormatException(file, consumed + 1, problem);
    }

    private String readRaw() throws IOException, InputFormatException {
        try {
            return reader.next();
        } catch (Utf8Lines.BadLineException e) {
            throw new InputFormatException(file, e.line(), e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
