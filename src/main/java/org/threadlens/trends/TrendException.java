package org.threadlens.trends;

/** A trend query the store cannot answer: a community or entity it does not hold. The message says what it does. */
public final class TrendException extends Exception {
    public TrendException(String message) {
        super(message);
    }
}
