package org.threadlens.trends.synth;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a synthetic corpus holds: its size, its communities and weeks, and the two changes planted in it.
 * Validated on construction, so that a corpus is never generated from a spec it cannot honour.
 *
 * <p>Scores are on the comment sentiment scale, [-1, 1]. Every planned mean ({@code baseline}, {@code baseline +
 * delta}, the turn's {@code before} and {@code after}) must lie within ±{@value #MAX_MEAN}: with the noise
 * {@link SyntheticCorpus} adds (at most ±0.7 for comments, ±0.6 for entity sentences) a score then never leaves
 * [-1, 1], so nothing is clamped and the generated means are exactly the planned ones.
 *
 * @param seed        every random choice derives from it: the same spec gives the same records
 * @param comments    the total number of texts (posts included) to generate, at least 1
 * @param communities the communities, distinct and non-blank; each thread picks one uniformly
 * @param start       the first day of week 1 (UTC); week {@code k} is {@code [start + 7(k-1) days, start + 7k days)}
 * @param weeks       how many weeks the threads are spread over, at least 1
 * @param baseline    every community's mean comment score, unless shifted
 * @param moodShift   one community's mean moves by {@code delta} from a week on
 * @param entityTurn  one entity's mean sentence score turns from {@code before} to {@code after} from a week on
 */
public record SyntheticSpec(long seed, int comments, List<String> communities, LocalDate start, int weeks,
                            double baseline, MoodShift moodShift, EntityTurn entityTurn) {
    public static final List<String> DEFAULT_COMMUNITIES = List.of("news", "science", "gaming");
    /** A Monday. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
    public static final int DEFAULT_WEEKS = 8;
    public static final double DEFAULT_BASELINE = 0.10;
    /** The largest planned mean, in absolute value (see the class comment). */
    public static final double MAX_MEAN = 0.3;
    static final long WEEK_SECONDS = 7 * 24 * 3600L;

    /**
     * The comments of {@code community} whose own creation time falls in week {@code fromWeek} or later have a
     * mean score of {@code baseline + delta}.
     */
    public record MoodShift(String community, int fromWeek, double delta) {
        public static final int DEFAULT_FROM_WEEK = 3;
        public static final double DEFAULT_DELTA = -0.30;

        public MoodShift {
            Objects.requireNonNull(community, "community");
        }
    }

    /**
     * The sentences that mention {@code entity} have a mean score of {@code before} in texts written before week
     * {@code fromWeek}, {@code after} from then on; other entities' sentences have a mean of 0.
     */
    public record EntityTurn(String entity, int fromWeek, double before, double after) {
        public static final String DEFAULT_ENTITY = "Tesla";
        public static final int DEFAULT_FROM_WEEK = 5;
        public static final double DEFAULT_BEFORE = 0.30;
        public static final double DEFAULT_AFTER = -0.30;

        public EntityTurn {
            Objects.requireNonNull(entity, "entity");
        }
    }

    public SyntheticSpec {
        if (comments < 1) {
            throw new IllegalArgumentException("comments is " + comments + ": at least 1 expected");
        }
        communities = List.copyOf(communities);
        if (communities.isEmpty() || communities.stream().anyMatch(String::isBlank)
                || new HashSet<>(communities).size() != communities.size()) {
            throw new IllegalArgumentException("communities " + communities + ": expected one or more distinct, non-blank names");
        }
        Objects.requireNonNull(start, "start");
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks is " + weeks + ": at least 1 expected");
        }
        Objects.requireNonNull(moodShift, "moodShift");
        Objects.requireNonNull(entityTurn, "entityTurn");
        if (!communities.contains(moodShift.community())) {
            throw new IllegalArgumentException("mood shift community '" + moodShift.community() + "' is not one of " + communities);
        }
        if (SyntheticEntity.named(entityTurn.entity()).isEmpty()) {
            throw new IllegalArgumentException("entity turn: unknown entity '" + entityTurn.entity() + "'; known: "
                    + SyntheticEntity.CATALOG.stream().map(SyntheticEntity::name).toList());
        }
        requireWeek(moodShift.fromWeek(), weeks, "mood shift");
        requireWeek(entityTurn.fromWeek(), weeks, "entity turn");
        requireMean(baseline, "baseline");
        requireMean(baseline + moodShift.delta(), "baseline + mood shift delta");
        requireMean(entityTurn.before(), "entity turn's sentiment before");
        requireMean(entityTurn.after(), "entity turn's sentiment after");
    }

    /** The default corpus of {@code comments} texts: three communities, eight weeks, the default shift and turn. */
    public static SyntheticSpec defaults(long seed, int comments) {
        return of(seed, comments, DEFAULT_COMMUNITIES, DEFAULT_WEEKS);
    }

    /**
     * The default shift (in the first community) and turn, over these communities and weeks; where the corpus
     * has fewer weeks than the default shift or turn week, that change starts in its last week.
     */
    public static SyntheticSpec of(long seed, int comments, List<String> communities, int weeks) {
        String first = communities.isEmpty() ? "" : communities.get(0);
        int w = Math.max(1, weeks);
        return new SyntheticSpec(seed, comments, communities, DEFAULT_START, weeks, DEFAULT_BASELINE,
                new MoodShift(first, Math.min(MoodShift.DEFAULT_FROM_WEEK, w), MoodShift.DEFAULT_DELTA),
                new EntityTurn(EntityTurn.DEFAULT_ENTITY, Math.min(EntityTurn.DEFAULT_FROM_WEEK, w),
                        EntityTurn.DEFAULT_BEFORE, EntityTurn.DEFAULT_AFTER));
    }

    /** The start of week 1, in epoch seconds. */
    public long startEpochSecond() {
        return start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** The end of the last week (exclusive), in epoch seconds: no text is created at or after it. */
    public long endEpochSecond() {
        return startEpochSecond() + weeks * WEEK_SECONDS;
    }

    /** The 1-based week of an epoch second within the corpus's span. */
    public int week(long epochSecond) {
        return (int) Math.floorDiv(epochSecond - startEpochSecond(), WEEK_SECONDS) + 1;
    }

    /** The planned mean comment score of a community in a week. */
    public double mood(String community, int week) {
        boolean shifted = community.equals(moodShift.community()) && week >= moodShift.fromWeek();
        return shifted ? baseline + moodShift.delta() : baseline;
    }

    /** The planned mean score of the sentences that mention an entity, in a week. */
    public double entitySentiment(String entity, int week) {
        if (!entity.equals(entityTurn.entity())) {
            return 0;
        }
        return week < entityTurn.fromWeek() ? entityTurn.before() : entityTurn.after();
    }

    /** The planted changes in words, e.g. for the command's closing line. */
    public String describeChanges() {
        return String.format(Locale.ROOT, "mood shift: %s from week %d, %+.2f -> %+.2f; entity turn: %s from week %d, %+.2f -> %+.2f",
                moodShift.community(), moodShift.fromWeek(), baseline, baseline + moodShift.delta(), entityTurn.entity(),
                entityTurn.fromWeek(), entityTurn.before(), entityTurn.after());
    }

    private static void requireWeek(int week, int weeks, String what) {
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(what + " starts in week " + week + ": expected a week from 1 to " + weeks);
        }
    }

    private static void requireMean(double mean, String what) {
        if (!(Math.abs(mean) <= MAX_MEAN + 1e-12)) {
            throw new IllegalArgumentException(what + " is " + mean + ": expected a mean within [-" + MAX_MEAN + ", " + MAX_MEAN
                    + "], so that no score is clamped");
        }
    }
}
