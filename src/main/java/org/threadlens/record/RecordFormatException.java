package org.threadlens.record;

/** A JSON record that is not a valid annotated thread record; the message names the thread and the field. */
public final class RecordFormatException extends Exception {
    public RecordFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
