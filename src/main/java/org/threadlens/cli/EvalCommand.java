package org.threadlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.entity.eval.ConllSentences;
import org.threadlens.entity.eval.NerEvaluation;
import org.threadlens.pipeline.Batches;
import org.threadlens.pipeline.EvalSetup;
import org.threadlens.read.InputFormatException;
import org.threadlens.sentiment.eval.SentimentReport;
import org.threadlens.sentiment.eval.SentimentSets;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens eval ner|sentiment}: quality against labelled data, beside plain CoreNLP. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure annotation quality on labelled data, beside plain CoreNLP on the same texts.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Sentiment.class})
final class EvalCommand {

    /** Options every evaluation has. */
    static final class Common {
        @Option(names = "--setups", paramLabel = "LIST", split = ",", defaultValue = "plain,threadlens",
                description = "Configurations to compare: plain (CoreNLP defaults, text as is), threadlens (fast "
                        + "profile), threadlens-balanced, threadlens-accurate (those profiles), threadlens-cased (no "
                        + "caseless models), unprepared (default: ${DEFAULT-VALUE}).")
        List<String> setups;

        @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N items.")
        Integer limit;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
        Integer threads;

        List<EvalSetup> parsedSetups() throws UserException {
            List<EvalSetup> out = new ArrayList<>();
            for (String s : setups) {
                try {
                    out.add(EvalSetup.fromWireName(s.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UserException("--setups: " + e.getMessage(), ExitCodes.BAD_INPUT);
                }
            }
            return out;
        }

        int workers() {
            return threads != null ? threads : Runtime.getRuntime().availableProcessors();
        }

        <T> List<T> limited(List<T> items) {
            return limit == null || limit >= items.size() ? items : items.subList(0, limit);
        }

        static CommentAnnotator engine(Set<Layer> layers, EvalSetup setup) {
            return new CoreNlpProvider().open(layers, setup.engineSettings());
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Entity precision, recall and F1 on a CoNLL BIO file (token<TAB>tag), WNUT-17 types mapped "
                    + "to CoreNLP's: person→PERSON, location→LOCATION, corporation/group→ORGANIZATION, "
                    + "product/creative-work→MISC.")
    static final class Ner implements Callable<Integer> {
        @Option(names = "--conll", paramLabel = "FILE", required = true, description = "The labelled file.")
        Path conll;

        @Option(names = "--lowercase", description = "Lower-case every token first (to measure caseless text).")
        boolean lowercase;

        @picocli.CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() throws Exception {
            List<ConllSentences.Sentence> sentences = common.limited(ConllSentences.read(conll));
            if (lowercase) {
                sentences = sentences.stream().map(s -> new ConllSentences.Sentence(
                        s.tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), s.tags())).toList();
            }
            System.out.printf(Locale.ROOT, "eval ner: %s, %d sentences%s%n", conll, sentences.size(), lowercase ? ", lower-cased" : "");
            for (EvalSetup setup : common.parsedSetups()) {
                long start = System.nanoTime();
                try (CommentAnnotator engine = Common.engine(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES), setup)) {
                    NerEvaluation.Result r = NerEvaluation.run(sentences, engine, setup, common.workers());
                    System.out.printf(Locale.ROOT, "%s (%.0f s):%n", setup.label(), (System.nanoTime() - start) / 1e9);
                    NerEvaluation.format(r).forEach(System.out::println);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = "Comment sentiment (negative/neutral/positive) accuracy and macro-F1 on a labelled set, for "
                    + "each scorer and as reported.")
    static final class Sentiment implements Callable<Integer> {
        /** Exactly one labelled set. */
        static final class Source {
            @Option(names = "--goemotions", paramLabel = "TSV", description = "GoEmotions text<TAB>ids<TAB>id (labels.txt beside it).")
            Path goEmotions;

            @Option(names = "--tweeteval", paramLabel = "DIR", description = "TweetEval sentiment: val_text.txt, val_labels.txt.")
            Path tweetEval;

            @Option(names = "--sst", paramLabel = "FILE", description = "Stanford Sentiment Treebank trees (one a line): "
                    + "each sentence as a text, its root label grouped (0-1 negative, 2 neutral, 3-4 positive).")
            Path sst;

            /** The file or directory named. */
            Path path() {
                return goEmotions != null ? goEmotions : sst != null ? sst : tweetEval;
            }

            /** The labelled set it holds ({@code labels}: GoEmotions' emotion names; null: labels.txt beside the TSV). */
            SentimentSets.LabelledSet read(Path labels) throws IOException, InputFormatException {
                if (goEmotions != null) {
                    return SentimentSets.goEmotions(goEmotions, labels != null ? labels : goEmotions.resolveSibling("labels.txt"));
                }
                return sst != null ? SentimentSets.sst(sst) : SentimentSets.tweetEval(tweetEval);
            }
        }

        @Option(names = "--labels", paramLabel = "FILE",
                description = "GoEmotions' emotion names, one per line in id order (default: labels.txt beside the TSV).")
        Path labels;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = {"--no-encoder", "--no-minilm"}, description = "The ThreadLens setups leave out the sentence-encoder (bge) second opinion, as "
                + "annotate --no-minilm does.")
        boolean noEncoder;

        @picocli.CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() throws Exception {
            SentimentSets.LabelledSet set = source.read(labels);
            List<SentimentSets.Labelled> items = common.limited(set.items());
            Path name = source.path();
            System.out.printf(Locale.ROOT, "eval sentiment: %s, %d texts (%d left out: mixed or ambiguous labels)%n",
                    name, items.size(), set.leftOut());
            List<String> texts = items.stream().map(SentimentSets.Labelled::text).toList();
            Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);
            for (EvalSetup setup : common.parsedSetups()) {
                long start = System.nanoTime();
                try (CommentAnnotator engine = Common.engine(layers, setup)) {
                    List<TextAnnotations> annotated = Batches.annotate(texts, engine, setup, layers, common.workers(), !noEncoder);
                    SentimentReport report = SentimentReport.of(items, annotated);
                    System.out.printf(Locale.ROOT, "%s (%.0f s):%n", setup.label(), (System.nanoTime() - start) / 1e9);
                    report.format().forEach(System.out::println);
                }
            }
            return ExitCodes.OK;
        }
    }
}
