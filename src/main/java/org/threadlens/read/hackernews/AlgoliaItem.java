package org.threadlens.read.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.threadlens.read.hackernews.ItemFields.BadItemException;

/**
 * One node of an Algolia HN Search {@code /api/v1/items/<id>} tree, its own fields read (its replies stay in
 * {@link #children}).
 *
 * @param id        {@code id}
 * @param type      {@code type}; null if absent (Algolia once served deleted and dead items as {@code id} and
 *                  {@code children} only)
 * @param author    {@code author}; null for deleted items
 * @param createdUtc {@code created_at_i}, else {@code created_at} (ISO-8601) in epoch seconds; null if neither
 * @param text      the HTML body as given; null if absent
 * @param points    {@code points}; null for comments
 * @param title     {@code title} (posts)
 * @param url       {@code url} (link stories)
 * @param parentId  {@code parent_id}; null for posts
 * @param storyId   {@code story_id}: the story a comment belongs to
 * @param children  the replies: a JSON array, or null
 * @param options   a poll's options: a JSON array, or null
 */
record AlgoliaItem(String id, ItemType type, String author, Long createdUtc, String text, Integer points,
        String title, String url, String parentId, String storyId, JsonNode children, JsonNode options) {

    /** Whether the node looks like an items tree node (used on a tree's root, before reading it). */
    static boolean looksLikeItem(JsonNode node) {
        return node.has("id") && !node.has("objectID")
                && (node.has("children") || node.has("created_at_i") || node.has("created_at") || node.has("author"));
    }

    /** Deleted: Algolia gives neither author nor text (older answers gave {@code id} and {@code children} only). */
    boolean deleted() {
        return author == null && text == null;
    }

    /** A story, job or poll; a typeless node opens a thread when it replies to nothing. */
    boolean opensThread() {
        return type == null ? parentId == null && (storyId == null || storyId.equals(id)) : type.opensThread();
    }

    /**
     * Reads a node's own fields.
     *
     * @throws BadItemException naming the item (if its id is known), the field and what was expected
     */
    static AlgoliaItem parse(JsonNode node) throws BadItemException {
        ItemFields f = new ItemFields(node);
        String id = Long.toString(f.id("id"));
        try {
            return new AlgoliaItem(id, type(f), f.optionalString("author"), created(f), f.optionalString("text"),
                    f.optionalInt("points"), f.optionalString("title"), f.optionalString("url"),
                    optionalId(f, "parent_id"), optionalId(f, "story_id"), f.optionalArray("children"),
                    f.optionalArray("options"));
        } catch (BadItemException e) {
            throw new BadItemException("item " + id + ": " + e.getMessage());
        }
    }

    private static ItemType type(ItemFields f) throws BadItemException {
        String name = f.optionalString("type");
        if (name == null) {
            return null;
        }
        ItemType type = ItemType.fromWireName(name);
        if (type == null) {
            throw new BadItemException("'type' is \"" + name + "\": expected " + ItemType.EXPECTED);
        }
        return type;
    }

    private static Long created(ItemFields f) throws BadItemException {
        Long seconds = f.optionalLong("created_at_i");
        if (seconds != null) {
            return seconds;
        }
        String iso = f.optionalString("created_at");
        if (iso == null) {
            return null;
        }
        try {
            return Instant.parse(iso).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new BadItemException("'created_at' is \"" + iso + "\": expected an ISO-8601 time such as 2007-04-04T19:16:40.000Z");
        }
    }

    private static String optionalId(ItemFields f, String name) throws BadItemException {
        long id = f.optionalId(name);
        return id < 0 ? null : Long.toString(id);
    }
}
