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

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 if the problem is not at a line. */
    public long line() {
        return line;
    }
}
