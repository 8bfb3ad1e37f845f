package org.threadlens.trends.synth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Builds one thread of a {@link SyntheticCorpus} from its plan (the model is documented there). The record is
 * made with {@link AnnotatedThread#of} from annotations built whole here and a {@link ThreadSummarizer#summarize}
 * of them, never with a roll-up that would recompute the planned comment sentiment. One maker per thread; not
 * thread-safe.
 */
final class ThreadMaker {
    static final String PLATFORM = "reddit";
    /** The probability that a reply answers the post rather than an earlier reply. */
    static final double TOP_LEVEL = 0.4;
    static final int AUTHORS = 5000;
    static final double MEAN_DELAY_SECONDS = 6 * 3600.0;
    /** Half the width of the per-thread offset of comment scores. */
    static final double THREAD_MOOD = 0.25;
    /** Half the width of the per-text noise of comment scores. */
    static final double TEXT_MOOD = 0.45;
    /** Half the width of the per-thread offset of entity sentence scores. */
    static final double THREAD_ENTITY = 0.2;

    private final SyntheticSpec spec;
    private final Provenance provenance;

    ThreadMaker(SyntheticSpec spec, Provenance provenance) {
        this.spec = spec;
        this.provenance = provenance;
    }

    AnnotatedThread make(SyntheticCorpus.ThreadPlan plan) {
        SplittableRandom r = new SplittableRandom(plan.seed());
        String id = "s" + Integer.toString(plan.index(), 36);
        double moodOffset = SyntheticText.uniform(r, THREAD_MOOD);
        double entityOffset = SyntheticText.uniform(r, THREAD_ENTITY);
        long[] times = times(r, plan);
        SyntheticText.Made title = SyntheticText.title(r);
        ThreadBuilder b = new ThreadBuilder(PLATFORM, id, new SourceRef("synthetic", "seed " + spec.seed()))
                .community(plan.community()).title(title.text()).createdUtc(plan.createdUtc());
        Map<String, TextAnnotations> annotations = new HashMap<>(plan.size() * 2);
        for (int k = 0; k < plan.size(); k++) {
            int week = spec.week(times[k]);
            double score = spec.mood(plan.community(), week) + moodOffset + SyntheticText.uniform(r, TEXT_MOOD);
            SyntheticText.Made text = SyntheticText.comment(r, score, e -> spec.entitySentiment(e.name(), week), entityOffset);
            String commentId = k == 0 ? id : id + "_" + Integer.toString(k, 36);
            String parentId = k == 0 ? null : parent(r, id, k);
            String author = "user" + (1 + r.nextInt(AUTHORS));
            int votes = 1 + (int) (-Math.log(1 - r.nextDouble()) * 4);
            b.add(new Comment(commentId, parentId, k == 0 ? CommentKind.POST : CommentKind.COMMENT, k == 0 ? 0 : 1, author,
                    votes, times[k], text.text(), Set.of()));
            annotations.put(commentId, text.annotations());
        }
        DiscussionThread thread = b.build();
        ThreadAnnotations a = new ThreadAnnotations(thread, title.annotations(), annotations, List.of());
        return AnnotatedThread.of(a, ThreadSummarizer.summarize(a), provenance);
    }

    /**
     * The post's time, then the replies' in increasing order: the post's plus an exponential delay truncated at the
     * corpus's end (drawn by inverting the truncated distribution, so no time piles up at the end).
     */
    private long[] times(SplittableRandom r, SyntheticCorpus.ThreadPlan plan) {
        long[] t = new long[plan.size()];
        double room = spec.endEpochSecond() - plan.createdUtc();
        double below = -Math.expm1(-room / MEAN_DELAY_SECONDS);
        for (int k = 1; k < t.length; k++) {
            double delay = -MEAN_DELAY_SECONDS * Math.log1p(-r.nextDouble() * below);
            t[k] = plan.createdUtc() + Math.min((long) delay, (long) room - 1);
        }
        t[0] = plan.createdUtc();
        Arrays.sort(t, 1, t.length);
        return t;
    }

    private static String parent(SplittableRandom r, String threadId, int k) {
        int p = r.nextDouble() < TOP_LEVEL ? 0 : r.nextInt(k);
        return p == 0 ? threadId : threadId + "_" + Integer.toString(p, 36);
    }
}
