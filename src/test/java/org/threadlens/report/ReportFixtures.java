package org.threadlens.report;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.Records;
import org.threadlens.sentiment.vader.VaderCommentScorer;
import org.threadlens.store.CorpusStore;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Threads for report tests, annotated by the model-free {@link FakeAnnotator} ("great" positive, "waste"
 * negative, else neutral; capitalised words after the first are PERSONs), stored in a DuckDB store and read
 * back, as {@code threadlens report} does.
 */
final class ReportFixtures {
    static final long T0 = 1_700_000_000L;
    static final String LINK = "https://www.reddit.com/r/space/comments/lnch1/launch_day/";

    private ReportFixtures() {
    }

    /** A comment written {@code minutes} after the post. */
    static Comment comment(String id, String parentId, String author, int minutes, String text) {
        return new Comment(id, parentId, parentId == null ? CommentKind.POST : CommentKind.COMMENT, parentId == null ? 0 : 1,
                author, 7, T0 + 60L * minutes, text, Set.of());
    }

    static DiscussionThread thread(String id, String title, Comment... comments) {
        ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community("space").title(title)
                .url(LINK).createdUtc(T0);
        for (Comment c : comments) {
            b.add(c);
        }
        return b.build();
    }

    /**
     * A launch thread, in thread order p, r1, r2, r3, r4: positive (+0.42), negative (-0.75), negative (-0.75,
     * replying to r1), neutral (+0.25), positive (+0.75, replying to r3). Shares 40% / 20% / 40% of 5; mood
     * negative, score -0.02; one reply of four turned negative; the longest negative chain is r1 → r2; p to r3
     * are in the first hour, r4 in 1-3h. "Ilya" is mentioned twice, by two authors.
     */
    static DiscussionThread launch() {
        return thread("lnch1", "Launch day",
                comment("p", null, "orbital_mechanic", 0, "Launch day is really great. The sky is blue."),
                comment("r1", "p", "skeptical_sam", 10, "What a waste of money for Ilya."),
                comment("r2", "r1", "regolith_rita", 20, "Another waste."),
                comment("r3", "p", "deltav_dan", 30, "The rocket is white and tall. It is great."),
                comment("r4", "r3", "moonbase_alpha", 120, "The pad of Ilya is great."));
    }

    /** Annotated with the fake engine and no comment scorer: each comment's sentiment is the engine's. */
    static AnnotatedThread annotate(DiscussionThread t) {
        return Records.annotate(t);
    }

    /** Annotated with the fake engine and VADER as a comment scorer (no model needed). */
    static AnnotatedThread annotateWithVader(DiscussionThread t) {
        FakeAnnotator engine = new FakeAnnotator(Records.ALL);
        ThreadAnnotator annotator = new ThreadAnnotator(engine,
                new ThreadAnnotator.Options(null, null, true, List.of(VaderCommentScorer.standard())));
        ThreadAnnotations rolled = ThreadSummarizer.rollUpComments(annotator.annotate(t, ForkJoinPool.commonPool()).join());
        return AnnotatedThread.of(rolled, ThreadSummarizer.summarize(rolled),
                new Provenance("test", engine.info(), Layer.toList(Records.ALL)));
    }

    /** The records stored in a fresh store under {@code dir} and read back. */
    static List<AnnotatedThread> stored(Path dir, AnnotatedThread... records) throws Exception {
        Path db = dir.resolve("report-" + System.nanoTime() + ".duckdb");
        try (CorpusStore store = CorpusStore.open(db)) {
            for (AnnotatedThread r : records) {
                store.put(r);
            }
        }
        List<AnnotatedThread> out = new java.util.ArrayList<>();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(out::add);
        }
        return out;
    }

    /** The page for the records, stored and read back first. */
    static String render(Path dir, ReportOptions options, AnnotatedThread... records) throws Exception {
        HtmlReport report = new HtmlReport(options, "test.duckdb");
        for (AnnotatedThread r : stored(dir, records)) {
            report.add(r);
        }
        StringWriter w = new StringWriter();
        report.writeTo(w);
        return w.toString();
    }
}
