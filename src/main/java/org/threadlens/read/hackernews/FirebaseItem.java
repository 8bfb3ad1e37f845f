package org.threadlens.read.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.threadlens.read.hackernews.ItemFields.BadItemException;

/**
 * One item of the Hacker News Firebase API ({@code /v0/item/<id>.json}) as read, with where it was read.
 * Kept compact because a whole crawl is held in memory while threads are assembled (see the package
 * documentation): ids are {@code long}s, absent ids are {@link #NONE}.
 *
 * @param id          the item id
 * @param type        its type ({@code type}; a typeless item with a {@code parent} is a comment)
 * @param parent      the replied-to item ({@code parent}) of a comment, the poll ({@code poll}) of a poll
 *                    option; {@link #NONE} for posts
 * @param kids        the replies in HN's ranked display order ({@code kids}); never modified
 * @param by          the author; null if absent (deleted items)
 * @param time        creation, epoch seconds; null if absent
 * @param text        the HTML body as given; null if absent
 * @param score       {@code score}; null if absent (comments have none)
 * @param title       {@code title} (posts); null if absent
 * @param url         {@code url} (link stories); null if absent
 * @param descendants the comment count HN declares for a post; null if absent
 * @param input       the index of the input it was read from
 * @param line        the line it starts on in that input
 * @param seq         its position among all items read, in input order
 */
record FirebaseItem(long id, ItemType type, long parent, long[] kids, String by, Long time, String text,
        Integer score, String title, String url, Integer descendants, boolean dead, boolean deleted,
        int input, long line, int seq) {

    /** The value of an absent id. */
    static final long NONE = -1;

    /** What an object read from an input looks like. */
    enum Shape {
        /** An item (it may still be unreadable: see {@link #parse}). */
        ITEM,
        /** A user profile ({@code /v0/user/<id>.json}): {@code karma}, {@code created}, no {@code type}. */
        USER,
        /** Anything else. */
        OTHER
    }

    private static final List<String> ITEM_FIELDS = List.of("by", "time", "parent", "kids", "deleted", "dead",
            "title", "text", "score", "poll", "parts", "descendants", "url");

    static Shape shapeOf(JsonNode node) {
        if (node.has("type")) {
            return Shape.ITEM;
        }
        if (node.has("karma") && node.has("created")) {
            return Shape.USER;
        }
        if (node.has("id") && ITEM_FIELDS.stream().anyMatch(node::has)) {
            return Shape.ITEM;
        }
        return Shape.OTHER;
    }

    /**
     * Reads an item object.
     *
     * @throws BadItemException naming the item (if its id is known), the field and what was expected
     */
    static FirebaseItem parse(JsonNode node, int input, long line, int seq) throws BadItemException {
        ItemFields f = new ItemFields(node);
        long id = f.id("id");
        try {
            ItemType type = type(f);
            long parent = type == ItemType.POLLOPT ? f.optionalId("poll") : f.optionalId("parent");
            if (type == ItemType.COMMENT && parent == NONE) {
                throw new BadItemException("a comment without 'parent': expected the id of the item it replies to");
            }
            return new FirebaseItem(id, type, type.opensThread() ? NONE : parent, f.idList("kids"),
                    f.optionalString("by"), f.optionalLong("time"), f.optionalString("text"), f.optionalInt("score"),
                    f.optionalString("title"), f.optionalString("url"), f.optionalInt("descendants"),
                    f.flag("dead"), f.flag("deleted"), input, line, seq);
        } catch (BadItemException e) {
            throw new BadItemException("item " + id + ": " + e.getMessage());
        }
    }

    private static ItemType type(ItemFields f) throws BadItemException {
        String name = f.optionalString("type");
        if (name == null) {
            if (f.has("parent")) {
                return ItemType.COMMENT;
            }
            throw new BadItemException("no 'type' and no 'parent': expected a type (" + ItemType.EXPECTED + ")");
        }
        ItemType type = ItemType.fromWireName(name);
        if (type == null) {
            throw new BadItemException("'type' is \"" + name + "\": expected " + ItemType.EXPECTED);
        }
        return type;
    }

    String idText() {
        return Long.toString(id);
    }
}
