package org.threadlens.spi;

import java.util.List;

/** A name that no registered extension carries; the message lists those that exist. */
public final class UnknownExtensionException extends Exception {
    private final List<String> known;

    public UnknownExtensionException(String what, String name, List<String> known) {
        super("unknown " + what + " '" + name + "': known " + what + "s are " + String.join(", ", known));
        this.known = List.copyOf(known);
    }

    public List<String> known() {
        return known;
    }
}
