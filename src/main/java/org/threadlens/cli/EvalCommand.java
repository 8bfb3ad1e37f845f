package org.threadlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.entity.eval.ConllSentences;
import org.threadlens.entity.eval.NerEvaluation;
import org.threadlens.pipeline.Batches;
import org.threadlens.pipeline.EvalSetup;
import org.threadlens.sentiment.SentimentScorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens eval ner|sentiment}: quality against labelled data, beside plain CoreNLP. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure annotation quality on labelled data, beside plain CoreNLP on the same texts.",
        subcommands = {EvalCommand.Ner.class, EvalSentiment.class})
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

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write every sentence whose entities differ from the gold ones (missed, spurious, "
                        + "mistyped), per setup, to FILE.")
        Path errors;

        @picocli.CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() throws Exception {
            List<String> errorLines = new ArrayList<>();
            List<ConllSentences.Sentence> sentences = common.limited(ConllSentences.read(conll));
            if (lowercase) {
                sentences = sentences.stream().map(s -> new ConllSentences.Sentence(
                        s.tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), s.tags())).toList();
            }
            System.out.printf(Locale.ROOT, "eval ner: %s, %d sentences%s%n", conll, sentences.size(), lowercase ? ", lower-cased" : "");
            for (EvalSetup setup : common.parsedSetups()) {
                long start = System.nanoTime();
                Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
                try (CommentAnnotator engine = Common.engine(layers, setup)) {
                    List<String> texts = sentences.stream().map(ConllSentences.Sentence::text).toList();
                    List<TextAnnotations> annotated = Batches.annotate(texts, engine, setup, layers, common.workers(),
                            SentimentScorers.Encoder.OFF);
                    NerEvaluation.Result r = NerEvaluation.score(sentences, annotated);
                    errorLines.add("== " + setup.label());
                    errorLines.addAll(NerEvaluation.errors(sentences, annotated));
                    System.out.printf(Locale.ROOT, "%s (%.0f s):%n", setup.label(), (System.nanoTime() - start) / 1e9);
                    NerEvaluation.format(r).forEach(System.out::println);
                }
            }
            if (errors != null) {
                java.nio.file.Files.write(errors, errorLines);
            }
            return ExitCodes.OK;
        }
    }
}
