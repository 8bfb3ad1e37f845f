package org.threadlens.read.convokit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Set;
import org.threadlens.read.EpochSeconds;
import org.threadlens.read.FlatComment;
import org.threadlens.read.FlatThreadInfo;
import org.threadlens.thread.CommentFlag;

/**
 * One line of {@code utterances.jsonl} to a {@link FlatComment}, accepting the key variants ConvoKit's own
 * loader accepts, decided per utterance: {@code reply_to} if present, else {@code reply-to};
 * {@code speaker} if present, else {@code user}; {@code conversation_id} if present, else {@code root}.
 * Immutable and thread-safe.
 */
final class UtteranceParser {
    private static final Set<String> SOURCE_FLAGS = Set.of(CommentFlag.EDITED.wireName(), CommentFlag.DEAD.wireName());

    private final ConvoKitCorpus.Facts facts;

    UtteranceParser(ConvoKitCorpus.Facts facts) {
        this.facts = facts;
    }

    /**
     * The utterance as a flat comment.
     *
     * @throws IllegalArgumentException saying what was expected, for an utterance that cannot be read
     */
    FlatComment comment(JsonNode u, String file, long line) {
        String id = Meta.id(u, "id");
        if (id == null) {
            throw new IllegalArgumentException("expected an utterance id ('id'), found none");
        }
        String conversationKey = u.has("conversation_id") ? "conversation_id" : "root";
        String conversation = Meta.id(u, conversationKey);
        if (conversation == null) {
            throw new IllegalArgumentException("utterance " + id
                    + ": expected a conversation id ('conversation_id' or 'root'), found none");
        }
        String replyKey = u.has("reply_to") ? "reply_to" : "reply-to";
        String replyTo = Meta.id(u, replyKey);
        if (replyTo != null && replyTo.isEmpty()) {
            replyTo = null;
        }
        FlatComment.requireId(id, "the utterance id ('id')");
        try {
            FlatComment.requireId(conversation, "the conversation id ('" + conversationKey + "')");
            if (replyTo != null) {
                FlatComment.requireId(replyTo, "the id replied to ('" + replyKey + "')");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("utterance " + id + ": " + e.getMessage());
        }
        JsonNode text = u.get("text");
        if (text == null || !text.isTextual()) {
            String found = text == null ? "none" : text.isNull() ? "null"
                    : "a JSON " + text.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
            throw new IllegalArgumentException("utterance " + id + ": expected 'text' to be a string, found " + found);
        }
        Long created;
        try {
            created = EpochSeconds.of(u.get("timestamp"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("utterance " + id + ": 'timestamp': " + e.getMessage());
        }
        JsonNode meta = Meta.object(u, "meta");
        return new FlatComment(file, line, conversation, id, replyTo, speaker(u), Meta.integer(meta, "score"), created,
                text.textValue(), sourceFlags(meta));
    }

    /**
     * What a conversation's root utterance says about the thread (its subreddit, its permalink), or null for
     * any other utterance. Conversation metadata read earlier takes precedence.
     */
    FlatThreadInfo rootInfo(JsonNode u, FlatComment c) {
        if (!c.id().equals(c.thread())) {
            return null;
        }
        JsonNode meta = Meta.object(u, "meta");
        String subreddit = Meta.string(meta, "subreddit");
        String platform = facts.platform() != null ? facts.platform() : subreddit != null ? "reddit" : null;
        return new FlatThreadInfo(null, subreddit, platform, url(Meta.string(meta, "permalink")), null);
    }

    /** Reddit's markers for bodies deleted by their author or removed by moderators. */
    /**
     * The source flags a ThreadLens export keeps in {@code meta.flags} ({@code edited}, {@code dead}); other
     * names there (those the text or the tree imply, or another tool's) are ignored, not errors.
     */
    static Set<CommentFlag> sourceFlags(JsonNode meta) {
        JsonNode names = meta == null ? null : meta.get("flags");
        if (names == null || !names.isArray()) {
            return Set.of();
        }
        Set<CommentFlag> out = EnumSet.noneOf(CommentFlag.class);
        for (JsonNode n : names) {
            if (n.isTextual() && SOURCE_FLAGS.contains(n.textValue())) {
                out.add(CommentFlag.fromWireName(n.textValue()));
            }
        }
        return out;
    }

    static Set<CommentFlag> flags(String text) {
        String t = text.strip();
        if (t.equals("[deleted]")) {
            return EnumSet.of(CommentFlag.DELETED);
        }
        return t.equals("[removed]") ? EnumSet.of(CommentFlag.REMOVED) : Set.of();
    }

    private static String speaker(JsonNode u) {
        JsonNode s = u.has("speaker") ? u.get("speaker") : u.get("user");
        return s != null && (s.isTextual() || s.isIntegralNumber()) ? s.asText() : null;
    }

    /** A Reddit permalink ({@code /r/...}) made absolute; an absolute http(s) address as it is; else null. */
    private static String url(String permalink) {
        if (permalink == null) {
            return null;
        }
        if (permalink.startsWith("/r/")) {
            return "https://www.reddit.com" + permalink;
        }
        return permalink.startsWith("https://") || permalink.startsWith("http://") ? permalink : null;
    }
}
