package org.threadlens.hostile;

/**
 * One post or comment to write in some input format ({@link FormatWriter}): what every reader's input can
 * express. Ids are decimal digits so that every format (Hacker News wants integers) can carry them.
 *
 * @param id     the item's id
 * @param parent the id it replies to; null for a post
 * @param thread the thread (conversation, link) it belongs to: the post's id
 * @param text   the body, written as the format escapes it (JSON: every non-ASCII UTF-16 unit as {@code \\uXXXX},
 *               so a lone surrogate stays one)
 */
public record Item(String id, String parent, String thread, String author, String text, long time) {
    static final long T0 = 1_700_000_000L;

    public static Item post(String id, String text) {
        return new Item(id, null, id, "op", text, T0);
    }

    public static Item reply(String id, String parent, String thread, String text) {
        return new Item(id, parent, thread, "user" + id, text, T0 + Long.parseLong(id));
    }

    public boolean isPost() {
        return parent == null;
    }

    public Item withText(String newText) {
        return new Item(id, parent, thread, author, newText, time);
    }
}
