package org.threadlens.store;

import java.util.Locale;

/** The state of a run in the store's {@code runs} table; the wire name is the lower-case constant name. */
public enum RunStatus {
    /** Started and not finished: still going, or (when found by the next writer) killed. */
    RUNNING,
    /** Every input was read to its end (some may have failed: see {@code inputs_failed}). */
    COMPLETED,
    /** Stopped by an error; {@code message} says which. */
    FAILED,
    /**
     * Stopped early: by a signal (SIGINT, SIGTERM), the run's own record saying so in {@code message}; or found
     * {@code running} by a later writer, the process having died (killed, crashed, machine rebooted).
     */
    INTERRUPTED,
    /** The threads of a schema-1 store, moved into the tables of schema 2 and later. */
    MIGRATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
