package org.threadlens.thread;

/** Checks on ids shared by the model's records. */
final class Ids {
    /** Ids longer than this are refused: no platform uses them, and they end up in file names and keys. */
    static final int MAX_LENGTH = 256;

    private Ids() {
    }

    static String requireValid(String id, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing: expected a non-empty id");
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is " + id.length() + " characters long: at most "
                    + MAX_LENGTH + " expected");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new IllegalArgumentException(what + " '" + id.strip() + "' contains whitespace or a control character");
            }
        }
        if (!WellFormedText.isWellFormed(id)) {
            throw new IllegalArgumentException(what + " contains a lone UTF-16 surrogate (a cut character)");
        }
        return id;
    }
}
