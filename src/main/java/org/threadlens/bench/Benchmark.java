package org.threadlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.io.Trees;
import org.threadlens.run.AnnotationRun;
import org.threadlens.run.InputSettings;
import org.threadlens.run.RunListener;
import org.threadlens.store.CorpusStore;

/**
 * Runs plain CoreNLP and ThreadLens alternately on the same texts: a warm-up of each, then rounds of
 * (baseline, ThreadLens). ThreadLens runs end to end into a fresh store each round. Not thread-safe.
 */
public final class Benchmark {
    /** What the baseline is. */
    public enum Versus {
        /** The same annotators and properties as ThreadLens's engine, every sentence (the overhead test). */
        SAME,
        /** CoreNLP's default full pipeline {@code tokenize,ssplit,pos,lemma,ner,parse,sentiment}, its defaults. */
        CORENLP_DEFAULTS
    }

    /**
     * The measured rounds and the ratios of ThreadLens's rates to the baseline's (medians over rounds), in
     * comments/s and in tokens/s (the two differ when the baseline reads a subset), and in comments per CPU
     * second of the process (what each side costs, whatever else the machine runs; NaN if the JVM cannot tell).
     */
    public record Result(List<PhaseResult> baseline, List<PhaseResult> threadLens, double ratio, double tokenRatio,
                         double cpuRatio) {
    }

    private final CommentAnnotator engine;
    private final Set<Layer> layers;
    private final ThreadAnnotator.Options options;
    private final int threads;
    private final Consumer<String> log;

    public Benchmark(CommentAnnotator engine, Set<Layer> layers, ThreadAnnotator.Options options, int threads, Consumer<String> log) {
        this.engine = engine;
        this.layers = Set.copyOf(layers);
        this.options = options;
        this.threads = threads;
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
            Trees.deleteQuietly(dir);
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
            Trees.deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * @param baselineProperties what plain CoreNLP runs with
     * @param baselineLimit      the baseline reads at most this many texts, evenly spread (a slow baseline is compared
     *                           by rate)
     */
    public Result run(Input input, Properties baselineProperties, int baselineLimit, int warmupTexts, int rounds)
            throws Exception {
        BenchInput in = input.in;
        Path dir = input.dir;
        CoreNlpBaseline baseline = new CoreNlpBaseline(baselineProperties, threads);
        List<String> baselineTexts = spread(in.texts(), baselineLimit);
        long allTokens = CoreNlpBaseline.tokens(in.texts());
        warmUp(in, baseline, warmupTexts, dir);
        List<PhaseResult> base = new ArrayList<>();
        List<PhaseResult> ours = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            PhaseResult b = timeBaseline(baseline, baselineTexts, "plain CoreNLP, round " + r);
            base.add(b);
            log.accept(b.format());
            PhaseResult t = timeThreadLens(in, allTokens, "ThreadLens end to end, round " + r, dir.resolve("round" + r + ".duckdb"));
            ours.add(t);
            log.accept(t.format());
        }
        return new Result(base, ours, median(ours, PhaseResult::textsPerSecond) / median(base, PhaseResult::textsPerSecond),
                median(ours, PhaseResult::tokensPerSecond) / median(base, PhaseResult::tokensPerSecond),
                median(ours, PhaseResult::textsPerCpuSecond) / median(base, PhaseResult::textsPerCpuSecond));
    }

    private void warmUp(BenchInput in, CoreNlpBaseline baseline, int warmupTexts, Path dir) throws Exception {
        if (warmupTexts <= 0) {
            return;
        }
        baseline.annotate(in.texts().subList(0, Math.min(warmupTexts, in.texts().size())));
        List<org.threadlens.thread.DiscussionThread> some = new ArrayList<>();
        int n = 0;
        for (var t : in.threads()) {
            if (n >= warmupTexts) {
                break;
            }
            some.add(t);
            n += t.comments().size();
        }
        BenchInput warm = BenchInput.of(some, dir.resolve("warmup.jsonl"));
        timeThreadLens(warm, 0, "warm-up", dir.resolve("warmup.duckdb"));
        log.accept("warmed up on " + warmupTexts + " texts");
    }

    private static PhaseResult timeBaseline(CoreNlpBaseline baseline, List<String> texts, String name) throws Exception {
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            long cpu = ProcessCpu.nanos();
            long tokens = baseline.annotate(texts);
            return new PhaseResult(name, texts.size(), tokens, (System.nanoTime() - start) / 1e9, ProcessCpu.secondsSince(cpu),
                    heap.peak());
        }
    }

    private PhaseResult timeThreadLens(BenchInput in, long tokens, String name, Path storeFile) throws Exception {
        try (HeapSampler heap = new HeapSampler(); CorpusStore store = CorpusStore.open(storeFile)) {
            long start = System.nanoTime();
            long cpu = ProcessCpu.nanos();
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(in.records().toString())),
                    layers, options, threads, store, null), () -> engine);
            run.run(RunListener.NONE);
            return new PhaseResult(name, in.texts().size(), tokens, (System.nanoTime() - start) / 1e9,
                    ProcessCpu.secondsSince(cpu), heap.peak());
        }
    }

    /** The median rate; of an even number of rounds, the mean of the middle two. */
    static double median(List<PhaseResult> results, java.util.function.ToDoubleFunction<PhaseResult> rate) {
        double[] rates = results.stream().mapToDouble(rate).sorted().toArray();
        int mid = rates.length / 2;
        return rates.length % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
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
