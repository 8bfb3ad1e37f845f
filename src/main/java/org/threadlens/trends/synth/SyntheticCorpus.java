package org.threadlens.trends.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;

/**
 * A synthetic annotated corpus: threads of annotated comments drawn from a {@link SyntheticSpec}, without any NLP,
 * with a mood shift and an entity turn whose size is known. The same spec gives the same records, whatever the
 * order or the threads in which {@link #thread(int)} is called: the thread plans (community, time, size) come from
 * one generator seeded with the spec's seed, and each thread's content from a generator seeded by its plan.
 *
 * <p>The model:
 * <ul>
 *   <li><b>threads</b>: a community drawn uniformly; a creation time uniform over the spec's weeks; a size (texts,
 *       the post included) of {@code 1 + floor(X)}, X lognormal with median {@code e^2.05} (about 7.8) and σ 1.5, so
 *       a mean of about 25, at most {@value #MAX_THREAD_SIZE}. Threads are drawn until the spec's {@code comments}
 *       are reached, the last one cut so that the total is exact. Ids: thread {@code s<n>} (base 36), its post the
 *       same, reply {@code k} {@code s<n>_<k>}.</li>
 *   <li><b>replies</b>: each to the post (probability {@value ThreadMaker#TOP_LEVEL}) or to an earlier text drawn
 *       uniformly; created at the thread's time plus an exponential delay of mean 6 h, truncated at the end of the
 *       last week (delays sorted, so no reply precedes its parent); authors {@code user1} to {@code user5000},
 *       uniformly; platform scores {@code 1 + floor(Exp(mean 4))}.</li>
 *   <li><b>comment mood, exact</b>: every text (post and replies; not the title) has the comment sentiment
 *       {@code s = mu + u + e}: {@code mu} the spec's {@link SyntheticSpec#mood mood} of the thread's community in
 *       the week of the text's <em>own</em> creation time, {@code u ~ U(-0.25, 0.25)} once per thread, {@code e ~
 *       U(-0.45, 0.45)} per text. Its distribution's P(positive) − P(negative) is {@code s} to rounding
 *       ({@link KnownSentiment}), and records are built from these annotations as they are (no roll-up recomputes
 *       them), so the store's {@code comments.sentiment_score} is {@code s}, and the expected mean score of any
 *       (community, week) cell is exactly {@code mu}. Method and scorer: {@code synthetic}.</li>
 *   <li><b>entities</b>: a text mentions each entity of {@link SyntheticEntity#CATALOG} with its probability (8%
 *       for the first, then decreasing), at most two, each in a sentence of its own, resolved to the entity's name
 *       and link. The sentence that mentions entity E carries the scorer sentiment {@code t = nu + u' + e'}
 *       (scorer {@code synthetic}): {@code nu} the spec's {@link SyntheticSpec#entitySentiment entity sentiment} in
 *       the text's week (0 for every entity but the turning one), {@code u' ~ U(-0.2, 0.2)} once per thread,
 *       {@code e' ~ U(-0.4, 0.4)} per sentence.</li>
 * </ul>
 *
 * <p>What the entity sentiment means: entity sentiment ({@code analyze}) combines a sentence's scorers with
 * {@code SentimentCombiner.standard()}; no fitted combination reads the {@code synthetic} scorer, so the combiner
 * takes that one scorer's distribution as it is (renormalised by a sum that is 1 to rounding), and a sentence's
 * entity sentiment is {@code t}, exactly. A thread's entity score ({@code thread_entities.sentiment_score}) is the
 * mean of {@code t} over the thread's sentences that mention it; its expectation is {@code nu} for a thread
 * wholly in one week, and a mean over threads or sentences in a (entity, week) cell has expectation {@code nu}. So
 * the turn is known exactly in expectation; what a trend view measures of it differs by sampling noise only
 * (threads straddling the turn's first week mix both sides).
 *
 * <p>Texts have the layers sentences, entities, links and sentiment, and no tokens (so the store stays light,
 * and length weighting weighs every comment one). Titles carry one sentence and nothing else. Immutable and
 * thread-safe: {@link #thread(int)} may be called from several threads at once.
 */
public final class SyntheticCorpus {
    /** The largest thread, in texts. */
    public static final int MAX_THREAD_SIZE = 2000;
    static final double SIZE_MU = 2.05;
    static final double SIZE_SIGMA = 1.5;

    /** One thread's draw, made before any content: what fixes the corpus's shape. */
    record ThreadPlan(int index, String community, long createdUtc, int size, long seed) {
    }

    private final SyntheticSpec spec;
    private final List<ThreadPlan> plans;
    private final Provenance provenance;

    public SyntheticCorpus(SyntheticSpec spec) {
        this.spec = spec;
        this.plans = plan(spec);
        this.provenance = new Provenance(BuildInfo.threadLensVersion(), engine(spec), Layer.toList(SyntheticText.LAYERS));
    }

    public SyntheticSpec spec() {
        return spec;
    }

    /** The number of threads. */
    public int threads() {
        return plans.size();
    }

    /** The number of texts (posts included): the spec's {@code comments}. */
    public int comments() {
        return spec.comments();
    }

    /** The provenance every record carries: engine {@code synthetic}, its settings the spec's. */
    public Provenance provenance() {
        return provenance;
    }

    /** Thread {@code index} (from 0), built anew on each call. */
    public AnnotatedThread thread(int index) {
        return new ThreadMaker(spec, provenance).make(plans.get(index));
    }

    /** Every thread, in order; built as the stream is consumed. */
    public Stream<AnnotatedThread> stream() {
        return IntStream.range(0, threads()).mapToObj(this::thread);
    }

    public void forEach(Consumer<AnnotatedThread> consumer) {
        for (int i = 0; i < threads(); i++) {
            consumer.accept(thread(i));
        }
    }

    private static List<ThreadPlan> plan(SyntheticSpec spec) {
        SplittableRandom r = new SplittableRandom(spec.seed());
        long span = spec.weeks() * SyntheticSpec.WEEK_SECONDS;
        List<ThreadPlan> out = new ArrayList<>();
        int left = spec.comments();
        while (left > 0) {
            int size = Math.min(size(r), left);
            String community = spec.communities().get(r.nextInt(spec.communities().size()));
            long created = spec.startEpochSecond() + r.nextLong(span);
            out.add(new ThreadPlan(out.size(), community, created, size, r.nextLong()));
            left -= size;
        }
        return List.copyOf(out);
    }

    /** {@code 1 + floor(X)}, X lognormal (a Box–Muller normal, so that the draw is the same on every JVM), capped. */
    private static int size(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        double x = Math.exp(SIZE_MU + SIZE_SIGMA * z);
        return (int) Math.min(MAX_THREAD_SIZE, 1 + Math.floor(x));
    }

    private static EngineInfo engine(SyntheticSpec spec) {
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("seed", Long.toString(spec.seed()));
        settings.put("comments", Integer.toString(spec.comments()));
        settings.put("communities", String.join(",", spec.communities()));
        settings.put("start", spec.start().toString());
        settings.put("weeks", Integer.toString(spec.weeks()));
        settings.put("baseline", Double.toString(spec.baseline()));
        settings.put("moodShift", spec.moodShift().community() + " from week " + spec.moodShift().fromWeek() + " by "
                + spec.moodShift().delta());
        settings.put("entityTurn", spec.entityTurn().entity() + " from week " + spec.entityTurn().fromWeek() + ": "
                + spec.entityTurn().before() + " -> " + spec.entityTurn().after());
        return new EngineInfo(KnownSentiment.SCORER, BuildInfo.threadLensVersion(), "threadlens synth", settings);
    }
}
