package org.threadlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.LanguageCheck;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.annotate.corenlp.Profile;
import org.threadlens.annotate.opennlp.OpenNlpLanguageDetector;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.plugin.Extensions;
import org.threadlens.run.AnnotationRun;
import org.threadlens.run.AnnotationSettings;
import org.threadlens.run.InputSettings;
import org.threadlens.run.SentimentScorers;
import org.threadlens.run.RunResult;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.ProvenanceJson;
import org.threadlens.text.MarkupStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadlens annotate}: read, annotate, analyze, store (and optionally write JSONL). */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Annotate threads: sentences, entities, sentiment per comment, rolled up per thread. "
                + "Stores them in the embedded DuckDB file and prints a short summary of each thread.")
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The DuckDB store to write (default: ${DEFAULT-VALUE}). Threads already there with the same "
                    + "content, settings and layers are skipped; others are annotated and replace what was there.")
    Path db;

    @Option(names = "--reannotate", description = "Annotate every thread again, even those the store holds done.")
    boolean reannotate;

    @Option(names = "--no-store", description = "Write no store (use with --out).")
    boolean noStore;

    @Option(names = "--out", paramLabel = "FILE|-", description = "Also write annotated JSONL to FILE (with the store's "
            + "runs in FILE.provenance.json), or to stdout with -.")
    String out;

    @Option(names = "--tokens", description = "Include each comment's tokens in --out (the store always has them).")
    boolean tokens;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = CoreNlpProvider.NAME,
            description = "The annotation engine: corenlp (sentences, entities, sentiment), or opennlp (light: sentences, "
                    + "tokens, POS and lexicon/trained sentiment, no entities) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--annotators", paramLabel = "LIST",
            description = "Layers to produce: sentences, entities, sentiment (default: all the engine can produce).")
    String annotators;

    @Option(names = "--non-english", paramLabel = "MODE", defaultValue = "skip",
            description = "Comments detected as not English: skip (flag their language, do not annotate), flag "
                    + "(flag and annotate), or off (no language check) (default: ${DEFAULT-VALUE}).")
    String nonEnglish;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--markup", paramLabel = "STYLE", defaultValue = "auto",
            description = "How bodies are written: reddit (markdown), html (Hacker News), plain, or auto: by platform "
                    + "(default: ${DEFAULT-VALUE}).")
    String markup;

    @Option(names = "--no-caseless", description = "Do not route all-lowercase or all-caps texts to CoreNLP's caseless models.")
    boolean noCaseless;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "fast",
            description = "fast (default): shift-reduce parser, only sentences whose sentiment counts are parsed, named "
                    + "entities only; accurate: CoreNLP's own defaults (about 50-100 times slower).")
    String profile;

    @Option(names = "--sutime", negatable = true,
            description = "Recognise and normalise time expressions anchored on each comment's day (default: on with "
                    + "--profile accurate, off with fast).")
    Boolean sutime;

    @Option(names = {"-P", "--property"}, paramLabel = "KEY=VALUE",
            description = "A CoreNLP property, overriding ThreadLens's default (e.g. -P parse.maxlen=60).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "Print no per-thread summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        CommentAnnotatorProvider provider = Extensions.byName(CommentAnnotatorProvider.class, engine, "engine");
        Set<Layer> layers = parseLayers(provider);
        LanguageCheck languageCheck = languageCheck();
        Map<String, String> engineSettings = engineSettings(provider);
        InputSettings settings = input.settings();
        if (noStore && out == null) {
            throw new UserException("--no-store without --out would write nothing: add --out FILE", ExitCodes.BAD_INPUT);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UserException("--threads must be at least 1, got " + workers, ExitCodes.BAD_INPUT);
        }
        PrintStream summaries = quiet ? null : ("-".equals(out) ? System.err : System.out);
        ConsoleListener console = new ConsoleListener(System.err, summaries, Progress.stderrIsTerminal());
        MarkupStyle style = markupStyle();
        AnnotationRun.AnnotatorFactory annotators = forLayers -> new ThreadAnnotator(provider.open(forLayers, engineSettings),
                SentimentScorers.options(forLayers, style, !noCaseless).withLanguage(languageCheck));
        AnnotationRun.Resume resume = new AnnotationRun.Resume(AnnotationSettings.of(provider.name(), engineSettings,
                Map.of("markup", markup, "detectCase", Boolean.toString(!noCaseless), "nonEnglish", nonEnglish)),
                reannotate, commandLine());

        boolean sidecar = !noStore && out != null && !"-".equals(out);
        try (CorpusStore store = noStore ? null : CorpusStore.open(db);
             AtomicFile provenance = sidecar ? AtomicFile.create(Path.of(out + ".provenance.json"), force) : null;
             ExportWriter jsonl = out == null ? null : openOut()) {
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(settings, layers,
                    SentimentScorers.options(layers, style, !noCaseless).withLanguage(languageCheck), workers, store, jsonl,
                    resume), annotators);
            RunResult result = run.run(console);
            console.finish();
            if (provenance != null) {
                ProvenanceJson.write(provenance.writer(), db.toString(), JsonlExporter.NAME, out, result.threads()
                        + result.threadsDone(), result.comments() + result.commentsDone(), store.runs());
                provenance.commit();
            }
            report(result, console);
            return result.exitCode();
        }
    }

    /** The command line as typed, arguments with spaces quoted. */
    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("threadlens"));
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            words.add(a.isEmpty() || a.matches(".*[\\s'\"$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return String.join(" ", words);
    }

    /** The layers asked for, or by default all the engine produces; a layer the engine lacks is bad usage. */
    private Set<Layer> parseLayers(CommentAnnotatorProvider provider) throws UserException {
        if (annotators == null) {
            return provider.supportedLayers();
        }
        Set<Layer> layers;
        try {
            layers = Layer.parseList(annotators);
        } catch (IllegalArgumentException e) {
            throw new UserException("--annotators: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        for (Layer l : layers) {
            if (!provider.supportedLayers().contains(l)) {
                throw new UserException("--annotators: the " + provider.name() + " engine cannot produce " + l.wireName()
                        + "; it produces " + Layer.toList(provider.supportedLayers()), ExitCodes.BAD_INPUT);
            }
        }
        return layers;
    }

    /** The engine's settings from the options; CoreNLP properties (-P) are for the corenlp engine only. */
    private Map<String, String> engineSettings(CommentAnnotatorProvider provider) throws UserException {
        Map<String, String> settings = new LinkedHashMap<>();
        if (!CoreNlpProvider.NAME.equals(provider.name())) {
            if (!properties.isEmpty()) {
                throw new UserException("-P sets CoreNLP properties; the " + provider.name() + " engine takes none",
                        ExitCodes.BAD_INPUT);
            }
            return settings;
        }
        settings.putAll(properties);
        settings.put(CoreNlpProvider.PROFILE_SETTING, parsedProfile().wireName());
        if (sutime != null) {
            settings.putIfAbsent("ner.useSUTime", sutime.toString());
        }
        if (noCaseless) {
            settings.put(CoreNlpProvider.CASELESS_SETTING, "false");
        }
        return settings;
    }

    /** The language check of --non-english, or null for off. */
    private LanguageCheck languageCheck() throws UserException {
        return switch (nonEnglish) {
            case "off" -> null;
            case "skip" -> new LanguageCheck(OpenNlpLanguageDetector.standard(), LanguageCheck.Action.SKIP);
            case "flag" -> new LanguageCheck(OpenNlpLanguageDetector.standard(), LanguageCheck.Action.FLAG);
            default -> throw new UserException("--non-english: unknown mode '" + nonEnglish + "': known are "
                    + LanguageCheck.knownModes(), ExitCodes.BAD_INPUT);
        };
    }

    private Profile parsedProfile() throws UserException {
        try {
            return Profile.fromWireName(profile);
        } catch (IllegalArgumentException e) {
            throw new UserException("--profile: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    /** The forced markup style, or null for auto (by platform). */
    private MarkupStyle markupStyle() throws UserException {
        if ("auto".equals(markup)) {
            return null;
        }
        try {
            return MarkupStyle.fromWireName(markup);
        } catch (IllegalArgumentException e) {
            throw new UserException("--markup: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private ExportWriter openOut() throws Exception {
        CorpusExporter jsonl = Extensions.byName(CorpusExporter.class, JsonlExporter.NAME, "export format");
        return new NamedOutput(jsonl.open(out, new ExportOptions(tokens, force)), out);
    }

    private void report(RunResult r, ConsoleListener console) {
        console.reportResume(System.err);
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "annotated %d thread%s (%d texts) in %.1f s", r.threads(),
                r.threads() == 1 ? "" : "s", r.comments(), r.seconds()));
        if (r.threadsDone() > 0) {
            parts.add(r.threadsDone() + " already done");
        }
        if (!noStore) {
            parts.add("stored in " + db + " (run " + r.runId() + ")");
        }
        if (out != null && !"-".equals(out)) {
            parts.add("written to " + out);
        }
        if (r.skippedRecords() > 0) {
            parts.add(r.skippedRecords() + " unreadable records skipped (listed above)");
        }
        if (r.annotationFailures() > 0) {
            parts.add(r.annotationFailures() + " texts not annotated (listed above)");
        }
        if (r.failedInputs() > 0) {
            parts.add(r.failedInputs() + " of " + r.inputs() + " inputs could not be read");
        }
        System.err.println(String.join("; ", parts));
    }
}
