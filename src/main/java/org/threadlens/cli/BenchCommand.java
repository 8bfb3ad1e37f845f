package org.threadlens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.corenlp.CoreNlpAnnotator;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.annotate.corenlp.Profile;
import org.threadlens.bench.Benchmark;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.sentiment.SentimentScorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadlens bench}: ThreadLens against plain CoreNLP on the same comments, in one process. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure ThreadLens end to end (read, prepare, annotate, analyze, store) against plain CoreNLP "
                + "annotating the same prepared comment texts, alternating, after a warm-up; prints comments/s, "
                + "tokens/s, peak heap and the ratio.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "fast", description = "ThreadLens's profile: fast, balanced or accurate.")
    String profile;

    @Option(names = "--annotators", paramLabel = "LIST", defaultValue = "sentences,entities,links,sentiment",
            description = "Layers (default: ${DEFAULT-VALUE}, annotate's default).")
    String annotators;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for both (default: the number of cores).")
    Integer threads;

    @Option(names = "--versus", paramLabel = "BASELINE", defaultValue = "same",
            description = "same: plain CoreNLP with ThreadLens's annotators and properties (the overhead); "
                    + "corenlp-defaults: CoreNLP's default full pipeline tokenize,ssplit,pos,lemma,ner,parse,sentiment.")
    String versus;

    @Option(names = "--versus-limit", paramLabel = "N",
            description = "The baseline reads only N texts, evenly spread (rates are compared; for slow baselines).")
    Integer versusLimit;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "2000", description = "Comments to read (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", description = "Texts each side annotates once first, untimed (default: "
            + "untimed whole rounds of each side until the JIT has settled on it, at most 2%% of a round's CPU time "
            + "compiling, or 8 rounds: code run once per thread takes several rounds of a small corpus to compile).")
    Integer warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-caseless", description = "ThreadLens does not route caseless texts to the caseless models "
            + "(so that both sides run exactly the same models).")
    boolean noCaseless;

    @Option(names = {"--no-encoder", "--no-minilm"}, description = "ThreadLens leaves out the sentence-encoder (bge) second opinion on comment sentiment.")
    boolean noEncoder;

    @Option(names = "--no-store", description = "ThreadLens stores nothing (read, prepare, annotate, analyze): what the "
            + "store costs is the difference.")
    boolean noStore;

    @Override
    public Integer call() throws Exception {
        InputSettings settings = input.settings();
        Set<Layer> layers = parsed("--annotators", () -> Layer.parseList(annotators));
        Profile p = parsed("--profile", () -> Profile.fromWireName(profile));
        if (!versus.equals("same") && !versus.equals("corenlp-defaults")) {
            throw new UserException("--versus: expected same or corenlp-defaults, found " + versus, ExitCodes.BAD_INPUT);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Map<String, String> engineSettings = new LinkedHashMap<>();
        engineSettings.put(CoreNlpProvider.PROFILE_SETTING, p.wireName());
        engineSettings.put(CoreNlpProvider.CASELESS_SETTING, Boolean.toString(!noCaseless));
        try (Benchmark.Input in = Benchmark.read(settings, limit, settings.options().workDir());
             CoreNlpAnnotator engine = (CoreNlpAnnotator) new CoreNlpProvider().open(layers, engineSettings)) {
            Properties baseline = versus.equals("same") ? engine.properties() : coreNlpDefaults();
            String baselineName = baseline.getProperty("annotators") + (versus.equals("same") ? " (same properties)"
                    : " (CoreNLP defaults)");
            System.err.printf(Locale.ROOT, "ThreadLens: profile %s, %s%s; baseline: %s; %d threads each%n", p.wireName(),
                    engine.info().annotators(), noStore ? ", no store" : "", baselineName, workers);
            System.out.println(in.describe());
            Benchmark.Result r = new Benchmark(engine, layers, SentimentScorers.options(layers, null, !noCaseless, !noEncoder), workers,
                    !noStore, System.out::println).run(in, baseline, versusLimit == null ? Integer.MAX_VALUE : versusLimit,
                    warmup == null ? Benchmark.SETTLE : warmup, rounds);
            System.out.printf(Locale.ROOT, "ratio ThreadLens / plain CoreNLP (median over rounds): %.2f in comments/s, %.2f in tokens/s, "
                    + "%.2f in comments per CPU second%n", r.ratio(), r.tokenRatio(), r.cpuRatio());
        }
        return ExitCodes.OK;
    }

    private static Properties coreNlpDefaults() {
        Properties defaults = new Properties();
        defaults.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
        return defaults;
    }

    /** The option's value parsed, or a usage error naming the option. */
    private static <T> T parsed(String option, java.util.function.Supplier<T> parse) throws UserException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }
}
