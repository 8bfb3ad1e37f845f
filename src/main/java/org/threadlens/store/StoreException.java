package org.threadlens.store;

/** A store that cannot be opened, written or read; the message names the file and what went wrong. */
public final class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
