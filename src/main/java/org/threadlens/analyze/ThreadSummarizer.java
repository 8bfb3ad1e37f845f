package org.threadlens.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.thread.Comment;

/** Rolls a thread's annotations up: comment sentiment first, then the thread summary (see package docs). */
public final class ThreadSummarizer {
    private static final Set<String> NUMERIC_TYPES =
            Set.of("NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME", "DURATION", "SET");

    private ThreadSummarizer() {
    }

    /**
     * The annotations with every text's CoreNLP sentence sentiment rolled up ({@link CoreNlpRollup}) and its
     * scorers combined into its sentiment ({@link SentimentCombiner#standard()}).
     */
    public static ThreadAnnotations rollUpComments(ThreadAnnotations annotations) {
        TextAnnotations title = annotations.title() == null ? null : rollUp(annotations.title());
        ThreadAnnotations rolled = annotations.mapComments(ThreadSummarizer::rollUp);
        return new ThreadAnnotations(rolled.thread(), title, rolled.comments(), rolled.failures());
    }

    static TextAnnotations rollUp(TextAnnotations a) {
        TextAnnotations withRollup = CoreNlpRollup.apply(a);
        CommentSentiment combined = SentimentCombiner.standard().combine(withRollup.scores());
        return combined == null ? withRollup : withRollup.withSentiment(combined);
    }

    /** The thread summary of annotations whose comment sentiment is already rolled up. */
    public static ThreadSummary summarize(ThreadAnnotations annotations) {
        return new ThreadSummary(sentiment(annotations), entities(annotations));
    }

    static SentimentSummary sentiment(ThreadAnnotations annotations) {
        double[] sum = new double[3];
        Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
        for (Polarity l : Polarity.values()) {
            counts.put(l, 0);
        }
        int n = 0;
        for (TextAnnotations a : annotations.comments().values()) {
            CommentSentiment s = a.sentiment();
            if (s == null) {
                continue;
            }
            double[] p = s.distribution().toArray();
            for (int k = 0; k < 3; k++) {
                sum[k] += p[k];
            }
            counts.merge(s.label(), 1, Integer::sum);
            n++;
        }
        if (n == 0) {
            return null;
        }
        PolarityDistribution mean = PolarityDistribution.ofWeights(sum[0], sum[1], sum[2]);
        return new SentimentSummary(mean.argMax(), mean.score(), mean, n, counts);
    }

    static List<EntitySummary> entities(ThreadAnnotations annotations) {
        Map<String, Group> groups = new LinkedHashMap<>();
        String postId = annotations.thread().post().map(Comment::id).orElse(annotations.thread().id());
        if (annotations.title() != null) {
            annotations.title().entities().stream().filter(ThreadSummarizer::isNamed)
                    .forEach(e -> group(groups, e).add(e, postId));
        }
        annotations.comments().forEach((id, a) -> a.entities().stream().filter(ThreadSummarizer::isNamed)
                .forEach(e -> group(groups, e).add(e, id)));
        List<EntitySummary> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(new EntitySummary(g.name(), g.type, g.mentions, g.quoted, new ArrayList<>(g.commentIds)));
        }
        out.sort(Comparator.comparingInt(EntitySummary::mentions).thenComparingInt(EntitySummary::quotedMentions).reversed());
        return out;
    }

    /**
     * Whether a mention names a thing the thread can be about: numbers, ordinals, amounts and times
     * ({@code NUMBER}, {@code ORDINAL}, {@code PERCENT}, {@code MONEY}, {@code DATE}, {@code TIME},
     * {@code DURATION}, {@code SET}) stay in the comment annotations but are not thread entities.
     */
    static boolean isNamed(EntityMention e) {
        return !NUMERIC_TYPES.contains(e.type());
    }

    private static Group group(Map<String, Group> groups, EntityMention e) {
        return groups.computeIfAbsent(e.type() + "\u0000" + normalize(e.text()), k -> new Group(e.type()));
    }

    /** Case, a trailing possessive and surrounding punctuation do not make a different entity. */
    static String normalize(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("(?:'s|\u2019s|'|\u2019)$", "");
        return s.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").replaceAll("\\s+", " ");
    }

    private static final class Group {
        final String type;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Set<String> commentIds = new LinkedHashSet<>();
        int mentions;
        int quoted;

        Group(String type) {
            this.type = type;
        }

        void add(EntityMention e, String commentId) {
            surfaces.merge(e.text(), 1, Integer::sum);
            commentIds.add(commentId);
            if (e.quoted()) {
                quoted++;
            } else {
                mentions++;
            }
        }

        String name() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }
}
