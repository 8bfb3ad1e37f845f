package org.threadlens.export.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.annotate.UniversalPos;
import org.threadlens.annotate.WikipediaTitles;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * A thread as rows of the export {@link Table}s, for every table-shaped format (CSV, Parquet) alike, so that
 * they hold the same columns by construction. Stateless, thread-safe.
 */
public final class CorpusTables {
    private CorpusTables() {
    }

    /** Sends {@code r}'s rows to {@code sink}: its thread row, then comments, sentences, (tokens), entities. */
    public static void rows(AnnotatedThread r, boolean tokens, RowSink sink) throws IOException {
        DiscussionThread t = r.thread();
        threadRow(r, sink);
        for (int i = 0; i < t.comments().size(); i++) {
            Comment c = t.comments().get(i);
            commentRow(t, i, c, r.annotationsOf(c), sink);
        }
        if (r.title() != null && t.title() != null) {
            textRows(t, null, t.title(), r.title(), tokens, sink);
        }
        for (Comment c : t.comments()) {
            TextAnnotations a = r.annotationsOf(c);
            if (a != null) {
                textRows(t, c.id(), c.text(), a, tokens, sink);
            }
        }
        if (r.summary() != null) {
            for (EntitySummary e : r.summary().entities()) {
                entitySentimentRow(t, e, sink);
            }
        }
    }

    private static void threadRow(AnnotatedThread r, RowSink sink) throws IOException {
        DiscussionThread t = r.thread();
        SentimentSummary s = r.summary() == null ? null : r.summary().sentiment();
        var engine = r.provenance().engine();
        sink.row(Table.THREADS, t.platform(), t.id(), t.community(), t.title(), t.url(), t.createdUtc(),
                t.source().format(), t.source().file(), t.declaredCommentCount(), t.comments().size(),
                t.flags().stream().map(f -> f.wireName()).sorted().toList(),
                r.provenance().layers().isEmpty() ? List.of() : List.of(r.provenance().layers().split(",")),
                engine == null ? null : engine.engine(), engine == null ? null : engine.configHash(),
                s == null ? null : s.label().wireName(), s == null ? null : s.score(),
                s == null ? null : s.scoreInterval().low(), s == null ? null : s.scoreInterval().high(),
                s == null ? null : s.distribution().negative(), s == null ? null : s.distribution().neutral(),
                s == null ? null : s.distribution().positive(), s == null ? null : s.comments());
    }

    private static void commentRow(DiscussionThread t, int position, Comment c, TextAnnotations a, RowSink sink)
            throws IOException {
        CommentSentiment s = a == null ? null : a.sentiment();
        sink.row(Table.COMMENTS, t.platform(), t.id(), position, c.id(), c.parentId(), c.kind().wireName(), c.depth(),
                c.author(), c.score(), c.createdUtc(), c.text(), c.flags().stream().map(f -> f.wireName()).sorted().toList(),
                a == null ? null : a.language(), a == null ? List.of() : layerNames(a),
                s == null ? null : s.label().wireName(), s == null ? null : s.score(),
                s == null ? null : s.distribution().negative(), s == null ? null : s.distribution().neutral(),
                s == null ? null : s.distribution().positive(), s == null ? null : s.method());
    }

    /** Sentences, tokens and entity mentions of one text; {@code commentId} null for the title. */
    private static void textRows(DiscussionThread t, String commentId, String text, TextAnnotations a, boolean tokens,
                                 RowSink sink) throws IOException {
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            SentenceSentiment ss = s.sentiment();
            sink.row(Table.SENTENCES, t.platform(), t.id(), commentId, i, s.begin(), s.end(), slice(cps, s.begin(), s.end()),
                    s.quoted(), ss == null ? null : ss.label().wireName(), ss == null ? null : ss.label().value(),
                    ss == null ? null : boxed(ss.distribution().toArray()), ss == null ? null : ss.scorer());
        }
        if (tokens) {
            for (int i = 0; i < a.tokens().size(); i++) {
                Token k = a.tokens().get(i);
                Syntax x = k.syntax();
                sink.row(Table.TOKENS, t.platform(), t.id(), commentId, k.sentence(), i, k.begin(), k.end(), k.word(),
                        k.pos(), k.lemma(), k.ner(), x == null ? UniversalPos.of(k.pos(), k.word()) : x.upos(),
                        x == null ? null : x.feats(), x == null ? null : x.head(), x == null ? null : x.deprel());
            }
        }
        for (int i = 0; i < a.entities().size(); i++) {
            EntityMention e = a.entities().get(i);
            sink.row(Table.ENTITIES, t.platform(), t.id(), commentId, i, e.sentence(), e.begin(), e.end(), e.text(),
                    e.type(), e.quoted(), e.normalized(), e.entity(), e.link(), e.linkUrl(),
                    e.ambiguous().isEmpty() ? null : e.ambiguous());
        }
    }

    private static void entitySentimentRow(DiscussionThread t, EntitySummary e, RowSink sink) throws IOException {
        SentimentSummary s = e.sentiment();
        sink.row(Table.ENTITY_SENTIMENT, t.platform(), t.id(), e.name(), e.type(), e.link(),
                e.link() == null ? null : WikipediaTitles.url(e.link()), e.aliases(), e.mentions(),
                e.quotedMentions(), e.commentIds().size(), e.commentIds(), e.authors(), e.firstMentionUtc(),
                e.lastMentionUtc(), s == null ? null : s.label().wireName(), s == null ? null : s.score(),
                s == null ? null : s.scoreInterval().low(), s == null ? null : s.scoreInterval().high(),
                s == null ? null : s.distribution().negative(), s == null ? null : s.distribution().neutral(),
                s == null ? null : s.distribution().positive(), s == null ? null : s.comments());
    }

    private static List<String> layerNames(TextAnnotations a) {
        List<String> names = new ArrayList<>();
        for (Layer l : Layer.values()) {
            if (a.has(l)) {
                names.add(l.wireName());
            }
        }
        return names;
    }

    /** {@code text[begin:end]} in code points, clamped to the text. */
    static String slice(int[] cps, int begin, int end) {
        int b = Math.min(Math.max(0, begin), cps.length);
        return new String(cps, b, Math.max(b, Math.min(end, cps.length)) - b);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
