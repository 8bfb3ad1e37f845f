package org.threadlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.pipeline.Batches;
import org.threadlens.pipeline.EvalSetup;
import org.threadlens.read.InputFormatException;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.sentiment.eval.DevSets;
import org.threadlens.sentiment.eval.SentimentReport;
import org.threadlens.sentiment.eval.SentimentSets;
import org.threadlens.sentiment.eval.SentimentTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadlens eval sentiment}: per setup, one table of every labelled set side by side (each scorer alone,
 * the reported comment sentiment), then per set the reported sentiment's per-class F1, confusion matrix and
 * calibration. The encoder scorer (bge), a second opinion in {@code annotate}, is asked on every text here so that it can be
 * measured alone; the reported sentiment still asks it only where the shipped rule does.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Comment sentiment (negative/neutral/positive) macro-F1 and accuracy on labelled sets side by "
                + "side, for each scorer alone and as reported; per set the reported sentiment's per-class F1, "
                + "confusion matrix and calibration.")
final class EvalSentiment implements Callable<Integer> {
    /** The labelled sets: --dev alone, or any of the single-set options. */
    static final class Sources {
        @Option(names = "--dev", paramLabel = "DIR", description = "The three dev splits: DIR/" + DevSets.GOEMOTIONS
                + " (labels.txt beside it), DIR/" + DevSets.TWEETEVAL + "/, DIR/" + DevSets.SST
                + " (as ../shared/data/sentiment holds them).")
        Path dev;

        @Option(names = "--goemotions", paramLabel = "TSV", description = "GoEmotions text<TAB>ids<TAB>id (labels.txt beside it).")
        Path goEmotions;

        @Option(names = "--tweeteval", paramLabel = "DIR", description = "TweetEval sentiment: val_text.txt, val_labels.txt.")
        Path tweetEval;

        @Option(names = "--sst", paramLabel = "FILE", description = "Stanford Sentiment Treebank trees (one a line): "
                + "each sentence as a text, its root label grouped (0-1 negative, 2 neutral, 3-4 positive).")
        Path sst;

        /** The sets named, in the order GoEmotions, TweetEval, SST ({@code labels}: null for labels.txt beside the TSV). */
        List<DevSets.NamedSet> read(Path labels) throws IOException, InputFormatException, UserException {
            if (dev != null) {
                if (goEmotions != null || tweetEval != null || sst != null) {
                    throw new UserException("--dev reads all three dev sets: give it alone, or give --goemotions, "
                            + "--tweeteval and --sst (any of them, together or not) instead", ExitCodes.BAD_INPUT);
                }
                return DevSets.read(dev);
            }
            List<DevSets.NamedSet> out = new ArrayList<>();
            if (goEmotions != null) {
                out.add(new DevSets.NamedSet("GoEmotions", goEmotions, SentimentSets.goEmotions(goEmotions,
                        labels != null ? labels : goEmotions.resolveSibling("labels.txt"))));
            }
            if (tweetEval != null) {
                out.add(new DevSets.NamedSet("TweetEval", tweetEval, SentimentSets.tweetEval(tweetEval)));
            }
            if (sst != null) {
                out.add(new DevSets.NamedSet("SST", sst, SentimentSets.sst(sst)));
            }
            return out;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "1")
    Sources sources;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "GoEmotions' emotion names, one per line in id order (default: labels.txt beside the TSV).")
    Path labels;

    @Option(names = {"--no-encoder", "--no-minilm"}, description = "The ThreadLens setups leave out the encoder scorer (bge), as annotate --no-encoder does.")
    boolean noEncoder;

    @Option(names = "--markdown", description = "Also print every setup's side-by-side table as one Markdown table.")
    boolean markdown;

    @picocli.CommandLine.Mixin
    EvalCommand.Common common = new EvalCommand.Common();

    @Override
    public Integer call() throws Exception {
        List<EvalSetup> setups = common.parsedSetups();
        Map<String, List<SentimentSets.Labelled>> sets = new LinkedHashMap<>();
        for (DevSets.NamedSet s : sources.read(labels)) {
            List<SentimentSets.Labelled> items = common.limited(s.set().items());
            sets.put(s.name(), items);
            System.out.printf(Locale.ROOT, "eval sentiment: %s: %s, %d texts (%d left out: mixed or ambiguous labels)%n",
                    s.name(), s.path(), items.size(), s.set().leftOut());
        }
        List<SentimentTable> tables = new ArrayList<>();
        for (EvalSetup setup : setups) {
            SentimentTable table = evaluate(setup, sets);
            tables.add(table);
            System.out.println();
            table.format().forEach(System.out::println);
            table.bySet().forEach((name, report) -> {
                System.out.printf(Locale.ROOT, "%s, %s:%n", setup.label(), name);
                report.details().forEach(System.out::println);
            });
        }
        if (markdown) {
            System.out.println();
            SentimentTable.markdown(tables).forEach(System.out::println);
        }
        return ExitCodes.OK;
    }

    /** One setup on every set, with one engine. */
    private SentimentTable evaluate(EvalSetup setup, Map<String, List<SentimentSets.Labelled>> sets) {
        Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);
        SentimentScorers.Encoder encoder = noEncoder ? SentimentScorers.Encoder.OFF : SentimentScorers.Encoder.ALWAYS;
        Map<String, SentimentReport> bySet = new LinkedHashMap<>();
        try (CommentAnnotator engine = EvalCommand.Common.engine(layers, setup)) {
            for (Map.Entry<String, List<SentimentSets.Labelled>> set : sets.entrySet()) {
                long start = System.nanoTime();
                List<String> texts = set.getValue().stream().map(SentimentSets.Labelled::text).toList();
                List<TextAnnotations> annotated = Batches.annotate(texts, engine, setup, layers, common.workers(), encoder);
                bySet.put(set.getKey(), SentimentReport.of(set.getValue(), annotated));
                System.err.printf(Locale.ROOT, "%s, %s: %d texts in %.0f s%n", setup.label(), set.getKey(), texts.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        return new SentimentTable(setup.wireName(), setup.label(), bySet);
    }
}
