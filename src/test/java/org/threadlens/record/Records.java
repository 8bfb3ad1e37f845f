package org.threadlens.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.Token;
import org.threadlens.annotate.UniversalPos;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.thread.DiscussionThread;

/** Annotated records for tests, made with the {@link FakeAnnotator}. */
public final class Records {
    /** Every layer but syntax, which {@link #withSyntax} adds where a test needs trees. */
    public static final Set<Layer> ALL = EnumSet.complementOf(EnumSet.of(Layer.SYNTAX));

    /**
     * How the mentions of one surface form are resolved, given by hand as {@code org.threadlens.entity} would:
     * the thread-level entity, its Wikipedia title (nullable) and the entities it was not merged into.
     */
    public record Resolution(String entity, String link, List<String> ambiguous) {
    }

    private Records() {
    }

    public static AnnotatedThread annotate(DiscussionThread thread) {
        return annotate(thread, ThreadAnnotator.Options.defaults(), Map.of());
    }

    /**
     * With every layer and the sentiment scorers ThreadLens ships (VADER, the word model; not the encoder scorer, whose
     * native model unit tests do not load): every field filled.
     */
    public static AnnotatedThread annotateWithScorers(DiscussionThread thread) {
        return annotateResolved(thread, Map.of());
    }

    /**
     * As {@link #annotateWithScorers}, with every mention whose text is a key of {@code bySurface} resolved as given
     * (title included); the summary's entities follow the resolution.
     */
    public static AnnotatedThread annotateResolved(DiscussionThread thread, Map<String, Resolution> bySurface) {
        return annotate(thread, SentimentScorers.options(ALL, null, true, false), bySurface);
    }

    /**
     * {@code r} with the syntax layer on every text that has tokens, as a parser might give it: the first token of each
     * sentence is its root, with the feature {@code Number=Sing}; every other token depends on it ({@code dep}), without
     * features; UPOS from the token's tag. The summary is kept: syntax does not change it.
     */
    public static AnnotatedThread withSyntax(AnnotatedThread r) {
        Map<String, TextAnnotations> comments = new LinkedHashMap<>();
        r.comments().forEach((id, t) -> comments.put(id, withSyntax(t)));
        return new AnnotatedThread(r.thread(), r.title() == null ? null : withSyntax(r.title()), comments, r.summary(),
                r.provenance());
    }

    private static TextAnnotations withSyntax(TextAnnotations t) {
        if (t.tokens().isEmpty()) {
            return t;
        }
        List<Token> tokens = new ArrayList<>();
        int sentence = -1;
        for (Token k : t.tokens()) {
            boolean root = k.sentence() != sentence;
            sentence = k.sentence();
            String deprel = root ? "root" : "dep";
            Syntax syntax = new Syntax(UniversalPos.of(k.pos(), k.word(), deprel), root ? "Number=Sing" : null,
                    root ? 0 : 1, deprel);
            tokens.add(new Token(k.begin(), k.end(), k.word(), k.pos(), k.lemma(), k.ner(), k.sentence(), syntax));
        }
        Set<Layer> layers = EnumSet.copyOf(t.layers());
        layers.add(Layer.SYNTAX);
        return new TextAnnotations(layers, t.sentences(), tokens, t.entities(), t.quotes(), t.scores(), t.sentiment(),
                t.language());
    }

    private static AnnotatedThread annotate(DiscussionThread thread, ThreadAnnotator.Options options,
                                            Map<String, Resolution> bySurface) {
        FakeAnnotator engine = new FakeAnnotator(ALL);
        ThreadAnnotations raw = new ThreadAnnotator(engine, options).annotate(thread, ForkJoinPool.commonPool()).join();
        ThreadAnnotations rolled = resolve(ThreadSummarizer.rollUpComments(raw), bySurface);
        return AnnotatedThread.of(rolled, ThreadSummarizer.summarize(rolled),
                new Provenance("test", engine.info(), Layer.toList(ALL)));
    }

    private static ThreadAnnotations resolve(ThreadAnnotations a, Map<String, Resolution> bySurface) {
        if (bySurface.isEmpty()) {
            return a;
        }
        Map<String, TextAnnotations> comments = new LinkedHashMap<>();
        a.comments().forEach((id, t) -> comments.put(id, resolve(t, bySurface)));
        return new ThreadAnnotations(a.thread(), a.title() == null ? null : resolve(a.title(), bySurface), comments,
                a.failures());
    }

    private static TextAnnotations resolve(TextAnnotations t, Map<String, Resolution> bySurface) {
        List<EntityMention> entities = t.entities().stream().map(e -> {
            Resolution r = bySurface.get(e.text());
            return r == null ? e : e.resolved(r.entity(), r.link(), r.ambiguous());
        }).toList();
        return new TextAnnotations(t.layers(), t.sentences(), t.tokens(), entities, t.quotes(), t.scores(), t.sentiment(),
                t.language());
    }
}
