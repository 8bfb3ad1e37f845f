package org.threadlens.export.convokit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * The JSON objects of a ConvoKit corpus: utterances and conversation metadata. Field names follow ConvoKit's
 * own dump ({@code convokit/model/corpus_helpers.py}: {@code id}, {@code conversation_id}, {@code text},
 * {@code speaker}, {@code meta}, {@code reply-to}, {@code timestamp}, {@code vectors}). Stateless, thread-safe.
 */
final class ConvoKitJson {
    /** The speaker of a comment whose author the source did not give (ConvoKit needs a speaker id). */
    static final String UNKNOWN_SPEAKER = "[unknown]";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ConvoKitJson() {
    }

    static String speaker(Comment c) {
        return c.author() == null ? UNKNOWN_SPEAKER : c.author();
    }

    static ObjectNode utterance(DiscussionThread t, Comment c, TextAnnotations a) {
        ObjectNode u = F.objectNode();
        u.put("id", c.id());
        u.put("conversation_id", t.id());
        u.put("text", c.text());
        u.put("speaker", speaker(c));
        u.set("meta", utteranceMeta(t, c, a));
        u.put("reply-to", c.parentId());
        if (c.createdUtc() == null) {
            u.putNull("timestamp");
        } else {
            u.put("timestamp", c.createdUtc());
        }
        u.set("vectors", F.arrayNode());
        return u;
    }

    /**
     * score, kind, depth, flags, the post's permalink (the thread's url), the language flag, and the annotations:
     * sentiment (the comment's, or null), sentences (with their sentiment), entities (null where the entities
     * layer was not run).
     */
    static ObjectNode utteranceMeta(DiscussionThread t, Comment c, TextAnnotations a) {
        ObjectNode m = F.objectNode();
        if (c.score() == null) {
            m.putNull("score");
        } else {
            m.put("score", c.score());
        }
        m.put("kind", c.kind().wireName());
        m.put("depth", c.depth());
        ArrayNode flags = m.putArray("flags");
        c.flags().stream().map(f -> f.wireName()).sorted().forEach(flags::add);
        if (c.isPost() && t.url() != null) {
            m.put("permalink", t.url());
        }
        m.put("language", a == null ? null : a.language());
        m.set("sentiment", a == null ? F.nullNode() : sentiment(a.sentiment()));
        m.set("sentences", a == null ? F.nullNode() : sentences(a.sentences()));
        m.set("entities", a == null || !a.has(Layer.ENTITIES) ? F.nullNode() : entities(a.entities()));
        return m;
    }

    private static JsonNode sentiment(CommentSentiment s) {
        if (s == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("label", s.label().wireName());
        o.put("score", s.score());
        o.put("negative", s.distribution().negative());
        o.put("neutral", s.distribution().neutral());
        o.put("positive", s.distribution().positive());
        o.put("method", s.method());
        return o;
    }

    private static ArrayNode sentences(List<Sentence> sentences) {
        ArrayNode out = F.arrayNode();
        for (Sentence s : sentences) {
            ObjectNode o = out.addObject();
            o.put("begin", s.begin());
            o.put("end", s.end());
            o.put("quoted", s.quoted());
            o.put("sentiment", s.sentiment() == null ? null : s.sentiment().label().wireName());
        }
        return out;
    }

    private static ArrayNode entities(List<EntityMention> mentions) {
        ArrayNode out = F.arrayNode();
        for (EntityMention e : mentions) {
            ObjectNode o = out.addObject();
            o.put("text", e.text());
            o.put("type", e.type());
            o.put("begin", e.begin());
            o.put("end", e.end());
            o.put("sentence", e.sentence());
            o.put("quoted", e.quoted());
        }
        return out;
    }

    /**
     * A conversation's entry: title, community (and subreddit, as ConvoKit's Reddit corpora name it), platform,
     * url, timestamp, num_comments (as the platform declared it), the thread's sentiment and its entities with
     * their sentiment.
     */
    static ObjectNode conversation(AnnotatedThread r) {
        DiscussionThread t = r.thread();
        ObjectNode m = F.objectNode();
        m.put("title", t.title());
        m.put("community", t.community());
        if ("reddit".equals(t.platform()) && t.community() != null) {
            m.put("subreddit", t.community());
        }
        m.put("platform", t.platform());
        m.put("url", t.url());
        if (t.createdUtc() == null) {
            m.putNull("timestamp");
        } else {
            m.put("timestamp", t.createdUtc());
        }
        m.put("num_comments", t.declaredCommentCount());
        m.set("sentiment", r.summary() == null ? F.nullNode() : summary(r.summary().sentiment()));
        m.set("entities", r.summary() == null ? F.nullNode() : entitySummaries(r.summary().entities()));
        ObjectNode entry = F.objectNode();
        entry.set("meta", m);
        entry.set("vectors", F.arrayNode());
        return entry;
    }

    private static JsonNode summary(SentimentSummary s) {
        if (s == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("label", s.label().wireName());
        o.put("score", s.score());
        o.put("score_low", s.scoreInterval().low());
        o.put("score_high", s.scoreInterval().high());
        o.put("negative", s.distribution().negative());
        o.put("neutral", s.distribution().neutral());
        o.put("positive", s.distribution().positive());
        o.put("count", s.comments());
        return o;
    }

    private static ArrayNode entitySummaries(List<EntitySummary> entities) {
        ArrayNode out = F.arrayNode();
        for (EntitySummary e : entities) {
            ObjectNode o = out.addObject();
            o.put("name", e.name());
            o.put("type", e.type());
            o.put("mentions", e.mentions());
            o.put("quoted_mentions", e.quotedMentions());
            ArrayNode ids = o.putArray("comment_ids");
            e.commentIds().forEach(ids::add);
            o.set("sentiment", summary(e.sentiment()));
        }
        return out;
    }
}
