package org.threadlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.apache.commons.io.FileUtils;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.pipeline.AnnotationRun;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.pipeline.RunListener;
import org.threadlens.store.CorpusStore;
import org.threadlens.thread.DiscussionThread;

/**
 * Runs plain CoreNLP and ThreadLens alternately on the same texts: a warm-up of each, then rounds of
 * (baseline, ThreadLens). ThreadLens runs end to end into a fresh store each round (or, without a store,
 * into nothing). Not thread-safe.
 */
public final class Benchmark {
    /** {@code warmupTexts} for a warm-up of whole rounds until the JIT has settled on each side. */
    public static final int SETTLE = Integer.MAX_VALUE;
    /** The JIT has settled once a warm-up round spends at most this share of its CPU time compiling. */
    static final double SETTLED_JIT_SHARE = 0.02;
    /** Warm-up rounds at most, on each side. */
    static final int MAX_WARMUP_ROUNDS = 8;

    /**
     * The measured rounds and the ratios of ThreadLens's rates to the baseline's, in comments/s and in tokens/s
     * (the two differ when the baseline reads a subset), and in comments per CPU second of the process (what
     * each side costs; NaN if the JVM cannot tell). Each ratio is the median over rounds of that round's ratio:
     * a round pairs the two sides back to back, so that a neighbour's load on a shared machine (which moved
     * plain CoreNLP's own rate by up to 50% between rounds, measured) weighs on both sides of each ratio.
     */
    public record Result(List<PhaseResult> baseline, List<PhaseResult> threadLens, double ratio, double tokenRatio,
                         double cpuRatio) {
    }

    private final CommentAnnotator engine;
    private final Set<Layer> layers;
    private final ThreadAnnotator.Options options;
    private final int threads;
    private final boolean store;
    private final Consumer<String> log;

    /** @param store whether ThreadLens stores what it annotates (false: what the store costs is the difference) */
    public Benchmark(CommentAnnotator engine, Set<Layer> layers, ThreadAnnotator.Options options, int threads, boolean store,
                     Consumer<String> log) {
        this.engine = engine;
        this.layers = Set.copyOf(layers);
        this.options = options;
        this.threads = threads;
        this.store = store;
        this.log = log;
    }

    /** The input, read and saved for both sides in a temporary directory that {@link #close()} removes. */
    public static final class Input implements AutoCloseable {
        private final BenchInput in;
        private final Path dir;

        private Input(BenchInput in, Path dir) {
            this.in = in;
            this.dir = dir;
        }

        /** One line: threads, comments and texts to annotate. */
        public String describe() {
            return String.format(Locale.ROOT, "input: %d threads, %d comments, %d texts to annotate",
                    in.threads().size(), in.comments(), in.texts().size());
        }

        @Override
        public void close() {
            FileUtils.deleteQuietly(dir.toFile());
        }
    }

    /**
     * Reads up to {@code maxComments} comments (whole threads) before any model is loaded, so that input that
     * does not read fails at once.
     *
     * @throws org.threadlens.read.InputFormatException if an input does not read or no text is left to annotate
     */
    public static Input read(InputSettings input, int maxComments, Path workDir) throws Exception {
        Path dir = Files.createTempDirectory(workDir, "threadlens-bench");
        try {
            return new Input(BenchInput.load(input, maxComments, dir), dir);
        } catch (Exception | Error e) {
            FileUtils.deleteQuietly(dir.toFile());
            throw e;
        }
    }

    /**
     * @param baselineProperties what plain CoreNLP runs with
     * @param baselineLimit      the baseline reads at most this many texts, evenly spread (a slow baseline is compared
     *                           by rate)
     * @param warmupTexts        texts each side annotates first, untimed (of those it is timed on; 0: none;
     *                           {@link #SETTLE}: whole rounds until the JIT has settled)
     */
    public Result run(Input input, Properties baselineProperties, int baselineLimit, int warmupTexts, int rounds)
            throws Exception {
        BenchInput in = input.in;
        Path dir = input.dir;
        CoreNlpBaseline baseline = new CoreNlpBaseline(baselineProperties, threads);
        List<String> baselineTexts = spread(in.texts(), baselineLimit);
        long allTokens = CoreNlpBaseline.tokens(in.texts());
        warmUp(in, allTokens, baseline, baselineTexts, warmupTexts, dir);
        List<PhaseResult> base = new ArrayList<>();
        List<PhaseResult> ours = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            // Odd rounds run the baseline first, even ones ThreadLens first: a load that rises or falls steadily
            // favours neither side.
            PhaseResult b = r % 2 == 1 ? logged(timeBaseline(baseline, baselineTexts, "plain CoreNLP, round " + r)) : null;
            String name = (store ? "ThreadLens end to end" : "ThreadLens, no store") + ", round " + r;
            PhaseResult t = logged(timeThreadLens(in, allTokens, name, dir.resolve("round" + r + ".duckdb")));
            if (b == null) {
                b = logged(timeBaseline(baseline, baselineTexts, "plain CoreNLP, round " + r));
            }
            base.add(b);
            ours.add(t);
            log.accept(String.format(Locale.ROOT, "round %d: ratio %.2f (%.2f per CPU second)", r,
                    t.textsPerSecond() / b.textsPerSecond(), t.textsPerCpuSecond() / b.textsPerCpuSecond()));
        }
        return new Result(base, ours, medianRatio(ours, base, PhaseResult::textsPerSecond),
                medianRatio(ours, base, PhaseResult::tokensPerSecond), medianRatio(ours, base, PhaseResult::textsPerCpuSecond));
    }

    /** The median over rounds of ThreadLens's rate divided by the baseline's in the same round. */
    static double medianRatio(List<PhaseResult> ours, List<PhaseResult> base, ToDoubleFunction<PhaseResult> rate) {
        double[] ratios = new double[ours.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = rate.applyAsDouble(ours.get(i)) / rate.applyAsDouble(base.get(i));
        }
        return median(ratios);
    }

    /**
     * Untimed work before the rounds, so that they measure compiled code. Up to {@code warmupTexts} of its texts
     * each side annotates once; given all of them ({@link #SETTLE}), each side repeats whole rounds until the JIT
     * has settled on it: until a round spends at most {@value #SETTLED_JIT_SHARE} of its CPU time compiling, or
     * after {@value #MAX_WARMUP_ROUNDS} rounds. One round is not enough for ThreadLens: code that runs once per
     * thread (analysis, the record, the thread's row) ran only 35 times in a round of the 2,000-comment corpus,
     * and its rounds 2 to 6 still spent 1.4, 1.0, 0.45, 0.30, 0.15 s compiling (of 6.5 CPU s) while plain
     * CoreNLP's spent 0.03 s from its second round on (measured).
     */
    private void warmUp(BenchInput in, long allTokens, CoreNlpBaseline baseline, List<String> baselineTexts,
                        int warmupTexts, Path dir) throws Exception {
        if (warmupTexts <= 0) {
            return;
        }
        if (warmupTexts < SETTLE) {
            warmUpOnce(in, baseline, baselineTexts, warmupTexts, dir);
            return;
        }
        boolean baseSettled = false;
        boolean oursSettled = false;
        for (int r = 1; r <= MAX_WARMUP_ROUNDS && !(baseSettled && oursSettled); r++) {
            if (!baseSettled) {
                baseSettled = settled(logged(timeBaseline(baseline, baselineTexts, "warm-up " + r + ", plain CoreNLP")));
            }
            if (!oursSettled) {
                oursSettled = settled(logged(timeThreadLens(in, allTokens, "warm-up " + r + ", ThreadLens",
                        dir.resolve("warmup" + r + ".duckdb"))));
            }
        }
        log.accept("warm-up done: " + (baseSettled && oursSettled ? "the JIT has settled on both sides"
                : "the JIT had not settled after " + MAX_WARMUP_ROUNDS + " rounds"));
    }

    /** Logs the round's line; returns the round. */
    private PhaseResult logged(PhaseResult round) {
        log.accept(round.format());
        return round;
    }

    /** Whether a round spent at most {@link #SETTLED_JIT_SHARE} of its CPU time compiling (true where unknown). */
    static boolean settled(PhaseResult round) {
        return round.jitSeconds() < 0 || round.cpuSeconds() <= 0
                || round.jitSeconds() <= SETTLED_JIT_SHARE * round.cpuSeconds();
    }

    private void warmUpOnce(BenchInput in, CoreNlpBaseline baseline, List<String> baselineTexts, int warmupTexts, Path dir)
            throws Exception {
        List<String> baseWarm = baselineTexts.subList(0, Math.min(warmupTexts, baselineTexts.size()));
        baseline.annotate(baseWarm);
        List<DiscussionThread> some = new ArrayList<>();
        int n = 0;
        for (DiscussionThread t : in.threads()) {
            if (n >= warmupTexts) {
                break;
            }
            some.add(t);
            n += t.comments().size();
        }
        BenchInput warm = BenchInput.of(some, dir.resolve("warmup.jsonl"));
        timeThreadLens(warm, 0, "warm-up", dir.resolve("warmup.duckdb"));
        log.accept("warmed up on " + warm.texts().size() + " texts (ThreadLens) and " + baseWarm.size() + " (plain CoreNLP)");
    }

    private static PhaseResult timeBaseline(CoreNlpBaseline baseline, List<String> texts, String name) throws Exception {
        try (HeapSampler heap = new HeapSampler()) {
            Clocks clocks = new Clocks();
            long tokens = baseline.annotate(texts);
            return clocks.result(name, texts.size(), tokens, heap.peak());
        }
    }

    /**
     * ThreadLens from reading the input to the store closed: closing writes the final checkpoint, which
     * compresses everything the run stored, so it is work per comment (a long run pays it at every
     * checkpoint). Opening the fresh store (creating its schema) is once per run and not timed, as loading
     * the models is not on either side. Without a store, the threads annotated go nowhere.
     */
    private PhaseResult timeThreadLens(BenchInput in, long tokens, String name, Path storeFile) throws Exception {
        try (HeapSampler heap = new HeapSampler()) {
            CorpusStore corpus = store ? CorpusStore.open(storeFile) : null;
            Clocks clocks = new Clocks();
            try (corpus) {
                AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(
                        InputSettings.of(List.of(in.records().toString())), layers, options, threads, corpus, null), () -> engine);
                run.run(RunListener.NONE);
            }
            return clocks.result(name, in.texts().size(), tokens, heap.peak());
        }
    }

    /** Wall time, process CPU time and the JVM's own work, from construction. */
    private static final class Clocks {
        private final long start = System.nanoTime();
        private final long cpu = ProcessCpu.nanos();
        private final JvmWork jvm = JvmWork.now();

        PhaseResult result(String name, int texts, long tokens, long peakHeap) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = ProcessCpu.secondsSince(cpu);
            JvmWork now = JvmWork.now();
            return new PhaseResult(name, texts, tokens, seconds, cpuSeconds, peakHeap, now.jitSecondsSince(jvm),
                    now.gcSecondsSince(jvm));
        }
    }

    /** The median; of an even number of values, the mean of the middle two (NaN sorts last, as unknown). */
    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** At most {@code limit} texts, evenly spread over the list, so that a subset is like the whole. */
    static List<String> spread(List<String> texts, int limit) {
        if (limit >= texts.size()) {
            return texts;
        }
        List<String> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(texts.get((int) ((long) i * texts.size() / limit)));
        }
        return out;
    }
}
