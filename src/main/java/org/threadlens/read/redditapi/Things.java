package org.threadlens.read.redditapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.ThreadBuilder;

/**
 * Reads the fields of Reddit "things" ({@code {"kind": ..., "data": {...}}}) the way they appeared over the
 * API's history: ids with or without the {@code t1_}/{@code t3_} prefix, {@code created_utc} as an integer or
 * a float, {@code score} sometimes absent, {@code edited} as false or a timestamp. Stateless.
 */
final class Things {
    static final String LISTING = "Listing";
    static final String COMMENT = "t1";
    static final String POST = "t3";
    static final String MORE = "more";
    static final String SITE = "https://www.reddit.com";

    /** A fullname's type prefix ({@code t1_}, {@code t3_}, ...). */
    private static final Pattern TYPE_PREFIX = Pattern.compile("\\At[0-9]+_");
    /** Reddit ids are base-36; {@code _} is the id of "continue this thread" stubs. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z_]{1,256}");

    private Things() {
    }

    /** The thing's {@code kind}, or null if it has none. */
    static String kind(JsonNode thing) {
        JsonNode k = thing.get("kind");
        return k != null && k.isTextual() ? k.textValue() : null;
    }

    /** The thing's {@code data} object, or null if it has none. */
    static JsonNode data(JsonNode thing) {
        JsonNode d = thing.get("data");
        return d != null && d.isObject() ? d : null;
    }

    /** {@code data.children} of a Listing, or null if it is not a Listing-shaped object. */
    static JsonNode children(JsonNode listing) {
        JsonNode data = listing.isObject() ? data(listing) : null;
        JsonNode children = data == null ? null : data.get("children");
        return children != null && children.isArray() ? children : null;
    }

    /** The id: {@code id}, else {@code name} without its type prefix; null if neither is a valid id. */
    static String id(JsonNode data) {
        String id = string(data, "id");
        if (id == null) {
            id = unprefixed(string(data, "name"));
        }
        return id != null && ID.matcher(id).matches() ? id : null;
    }

    /** A fullname field ({@code parent_id}, {@code link_id}) without its type prefix; null if absent or invalid. */
    static String reference(JsonNode data, String field) {
        String id = unprefixed(string(data, field));
        return id != null && ID.matcher(id).matches() ? id : null;
    }

    private static String unprefixed(String fullname) {
        return fullname == null ? null : TYPE_PREFIX.matcher(fullname).replaceFirst("");
    }

    /** A string field as given, or null if absent or not a string. */
    static String string(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** An integer field, or null if absent, not an integer or out of range. */
    static Integer integer(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
    }

    /** {@code created_utc} in epoch seconds, fractions truncated; null if absent or not a sane time. */
    static Long createdUtc(JsonNode data) {
        JsonNode v = data.get("created_utc");
        if (v == null || !v.isNumber()) {
            return null;
        }
        double seconds = v.doubleValue();
        return Double.isFinite(seconds) && seconds >= 0 && seconds < 1e11 ? Long.valueOf((long) seconds) : null;
    }

    /** A comment (t1) as the model's comment; its depth is set by the builder. */
    static Comment comment(JsonNode data, String id, String parentId, String body) {
        return new Comment(id, parentId, CommentKind.COMMENT, 1, string(data, "author"), integer(data, "score"),
                createdUtc(data), body, flags(body, data));
    }

    /** A post (t3) as the thread's root comment: its text is {@code selftext}, empty for link posts. */
    static Comment post(JsonNode data, String id) {
        String text = string(data, "selftext");
        text = text == null ? "" : text;
        return new Comment(id, null, CommentKind.POST, 0, string(data, "author"), integer(data, "score"),
                createdUtc(data), text, flags(text, data));
    }

    /** Sets the thread's fields from its post's data. */
    static void threadFields(ThreadBuilder thread, JsonNode post) {
        thread.community(string(post, "subreddit"))
                .title(string(post, "title"))
                .url(url(string(post, "permalink"), string(post, "url")))
                .createdUtc(createdUtc(post))
                .declaredCommentCount(integer(post, "num_comments"));
    }

    /** The permalink made absolute, else the link's url; null if neither. */
    static String url(String permalink, String url) {
        if (permalink != null && !permalink.isEmpty()) {
            return permalink.startsWith("/") ? SITE + permalink : permalink;
        }
        return url == null || url.isEmpty() ? null : url;
    }

    /** {@code [deleted]}/{@code [removed]} bodies; {@code edited} other than false (a time, or true in old data). */
    private static Set<CommentFlag> flags(String text, JsonNode data) {
        Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
        if ("[deleted]".equals(text)) {
            flags.add(CommentFlag.DELETED);
        } else if ("[removed]".equals(text)) {
            flags.add(CommentFlag.REMOVED);
        }
        JsonNode edited = data.get("edited");
        if (edited != null && (edited.isNumber() || (edited.isBoolean() && edited.booleanValue()))) {
            flags.add(CommentFlag.EDITED);
        }
        return flags;
    }
}
