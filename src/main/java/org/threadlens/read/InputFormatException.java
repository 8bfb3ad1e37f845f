package org.threadlens.read;

/**
 * Input that does not match its format. The message reads {@code FILE:LINE: expected X, found Y}, so that a
 * user can open the file at the line.
 */
public final class InputFormatException extends Exception {
    private final String file;
    private final long line;

    /**
     * @param line 1-based line number, or 0 when the problem is not at a line (an empty file, say)
     */
    public InputFormatException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /**
     * An input that could not be read on: a cut or corrupt (compressed) stream, or a device error.
     *
     * @param line the last line read whole, or 0 if unknown
     */
    public static InputFormatException brokenOff(String file, long line, java.io.IOException cause) {
        String m = cause.getMessage() != null ? JsonErrors.clean(cause.getMessage())
                : cause instanceof java.io.EOFException ? "the data ends early" : cause.getClass().getSimpleName();
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        boolean cut = cause instanceof java.io.EOFException || lower.contains("truncated") || lower.contains("unexpected end")
                || lower.contains("end of stream") || lower.contains("corrupt");
        String where = line > 0 ? " after line " + line : "";
        InputFormatException e = new InputFormatException(file, 0, (cut
                ? "the input breaks off" + where + " (truncated or corrupt file or compressed stream): "
                : "cannot read" + where + ": ") + m);
        e.initCause(cause);
        return e;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 if the problem is not at a line. */
    public long line() {
        return line;
    }
}
