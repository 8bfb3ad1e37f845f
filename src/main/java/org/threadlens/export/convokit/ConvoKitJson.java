package org.threadlens.export.convokit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * The JSON objects of a ConvoKit corpus: utterances and conversation metadata, as records whose component names
 * and order are the JSON's. Field names follow ConvoKit's own dump ({@code convokit/model/corpus_helpers.py}:
 * {@code id}, {@code conversation_id}, {@code text}, {@code speaker}, {@code meta}, {@code reply-to},
 * {@code timestamp}, {@code vectors}). Stateless, thread-safe.
 */
final class ConvoKitJson {
    /** The speaker of a comment whose author the source did not give (ConvoKit needs a speaker id). */
    static final String UNKNOWN_SPEAKER = "[unknown]";

    private ConvoKitJson() {
    }

    static String speaker(Comment c) {
        return c.author() == null ? UNKNOWN_SPEAKER : c.author();
    }

    record Utterance(String id, @JsonProperty("conversation_id") String conversationId, String text, String speaker,
                     UtteranceMeta meta, @JsonProperty("reply-to") String replyTo, Long timestamp, List<String> vectors) {
    }

    /**
     * score, kind, depth, flags, the post's permalink (the thread's url; left out elsewhere), the language flag,
     * and the annotations: sentiment (the comment's, or null), sentences (with their sentiment), entities (null
     * where the entities layer was not run).
     */
    record UtteranceMeta(Integer score, String kind, int depth, List<String> flags,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String permalink, String language,
                         Sentiment sentiment, List<SentenceMeta> sentences, List<EntityMeta> entities) {
    }

    record Sentiment(String label, double score, double negative, double neutral, double positive, String method) {
        static Sentiment of(CommentSentiment s) {
            return s == null ? null : new Sentiment(s.label().wireName(), s.score(), s.distribution().negative(),
                    s.distribution().neutral(), s.distribution().positive(), s.method());
        }
    }

    record SentenceMeta(int begin, int end, boolean quoted, String sentiment) {
    }

    /**
     * A mention: {@code entity} the thread-level entity it was merged into and {@code link} its English Wikipedia
     * title (both null where not resolved or linked), {@code ambiguous} the entities it could equally have joined
     * (left out when none), as in the record.
     */
    record EntityMeta(String text, String type, int begin, int end, int sentence, boolean quoted, String entity,
                      String link, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ambiguous) {
        static EntityMeta of(EntityMention e) {
            return new EntityMeta(e.text(), e.type(), e.begin(), e.end(), e.sentence(), e.quoted(), e.entity(), e.link(),
                    e.ambiguous());
        }
    }

    static Utterance utterance(DiscussionThread t, Comment c, TextAnnotations a) {
        UtteranceMeta meta = new UtteranceMeta(c.score(), c.kind().wireName(), c.depth(),
                c.flags().stream().map(f -> f.wireName()).sorted().toList(), c.isPost() ? t.url() : null,
                a == null ? null : a.language(), a == null ? null : Sentiment.of(a.sentiment()),
                a == null ? null : a.sentences().stream().map(s -> new SentenceMeta(s.begin(), s.end(), s.quoted(),
                        s.sentiment() == null ? null : s.sentiment().label().wireName())).toList(),
                a == null || !a.has(Layer.ENTITIES) ? null : a.entities().stream().map(EntityMeta::of).toList());
        return new Utterance(c.id(), t.id(), c.text(), speaker(c), meta, c.parentId(), c.createdUtc(), List.of());
    }

    /** A conversation's entry in conversations.json. */
    record Conversation(ConversationMeta meta, List<String> vectors) {
    }

    /**
     * title, community (and subreddit, as ConvoKit's Reddit corpora name it; left out elsewhere), platform, url,
     * timestamp, num_comments (as the platform declared it), the thread's sentiment and its entities with their
     * sentiment.
     */
    record ConversationMeta(String title, String community, @JsonInclude(JsonInclude.Include.NON_NULL) String subreddit,
                            String platform, String url, Long timestamp,
                            @JsonProperty("num_comments") Integer numComments, Mood sentiment, List<EntityEntry> entities) {
    }

    record Mood(String label, double score, @JsonProperty("score_low") double scoreLow,
                @JsonProperty("score_high") double scoreHigh, double negative, double neutral, double positive, int count) {
        static Mood of(SentimentSummary s) {
            return s == null ? null : new Mood(s.label().wireName(), s.score(), s.scoreInterval().low(),
                    s.scoreInterval().high(), s.distribution().negative(), s.distribution().neutral(),
                    s.distribution().positive(), s.comments());
        }
    }

    /** A thread's entity; {@code link} its English Wikipedia title, null where not linked. */
    record EntityEntry(String name, String type, String link, int mentions,
                       @JsonProperty("quoted_mentions") int quotedMentions,
                       @JsonProperty("comment_ids") List<String> commentIds, Mood sentiment) {
        static EntityEntry of(EntitySummary e) {
            return new EntityEntry(e.name(), e.type(), e.link(), e.mentions(), e.quotedMentions(), e.commentIds(), Mood.of(e.sentiment()));
        }
    }

    static Conversation conversation(AnnotatedThread r) {
        DiscussionThread t = r.thread();
        ConversationMeta m = new ConversationMeta(t.title(), t.community(),
                "reddit".equals(t.platform()) ? t.community() : null, t.platform(), t.url(), t.createdUtc(),
                t.declaredCommentCount(), r.summary() == null ? null : Mood.of(r.summary().sentiment()),
                r.summary() == null ? null : r.summary().entities().stream().map(EntityEntry::of).toList());
        return new Conversation(m, List.of());
    }
}
