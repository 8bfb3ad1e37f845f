package org.threadlens.record;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.thread.DiscussionThread;

/** Annotated records for tests, made with the {@link FakeAnnotator}. */
public final class Records {
    public static final Set<Layer> ALL = EnumSet.allOf(Layer.class);

    private Records() {
    }

    public static AnnotatedThread annotate(DiscussionThread thread) {
        return annotate(thread, ThreadAnnotator.Options.defaults());
    }

    /**
     * With every layer and the sentiment scorers ThreadLens ships (VADER, the word model; not the encoder scorer, whose
     * native model unit tests do not load): every field filled.
     */
    public static AnnotatedThread annotateWithScorers(DiscussionThread thread) {
        return annotate(thread, SentimentScorers.options(ALL, null, true, false));
    }

    private static AnnotatedThread annotate(DiscussionThread thread, ThreadAnnotator.Options options) {
        FakeAnnotator engine = new FakeAnnotator(ALL);
        ThreadAnnotations raw = new ThreadAnnotator(engine, options).annotate(thread, ForkJoinPool.commonPool()).join();
        ThreadAnnotations rolled = ThreadSummarizer.rollUpComments(raw);
        return AnnotatedThread.of(rolled, ThreadSummarizer.summarize(rolled),
                new Provenance("test", engine.info(), Layer.toList(ALL)));
    }
}
