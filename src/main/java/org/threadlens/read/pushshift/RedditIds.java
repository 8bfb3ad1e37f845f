package org.threadlens.read.pushshift;

import org.threadlens.read.pushshift.DumpRecordParser.BadRecordException;

/**
 * Reddit ids as the model wants them: bare ({@code abc}), whether the dump gave them bare or as a fullname
 * with its type prefix ({@code t1_abc}, {@code t3_abc}).
 */
final class RedditIds {
    /** As {@code org.threadlens.thread} accepts ids: no platform uses longer ones. */
    static final int MAX_LENGTH = 256;

    private RedditIds() {
    }

    /**
     * The id without a {@code t<digit>_} prefix; null if {@code raw} is null or empty.
     *
     * @throws BadRecordException if the id is too long or holds whitespace, control characters or surrogates
     *                            (Reddit ids are ASCII)
     */
    static String bare(String raw, String field, String where) throws BadRecordException {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String id = hasTypePrefix(raw) ? raw.substring(3) : raw;
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            throw new BadRecordException(where + ": expected " + field + " to be a Reddit id, found '"
                    + (raw.length() > 60 ? raw.substring(0, 57) + "..." : raw) + "'");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
                throw new BadRecordException(where + ": expected " + field + " to be a Reddit id, found '"
                        + raw.strip() + "' (it contains whitespace, a control character or a UTF-16 surrogate)");
            }
        }
        return id;
    }

    private static boolean hasTypePrefix(String raw) {
        return raw.length() > 3 && raw.charAt(0) == 't' && raw.charAt(1) >= '1' && raw.charAt(1) <= '9'
                && raw.charAt(2) == '_';
    }
}
