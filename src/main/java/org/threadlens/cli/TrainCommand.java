package org.threadlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.pipeline.Batches;
import org.threadlens.sentiment.train.SentimentTraining;
import org.threadlens.sentiment.train.TextsAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens train sentiment}: ThreadLens's own sentiment models, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train ThreadLens's own small models.", subcommands = TrainCommand.Sentiment.class)
final class TrainCommand {

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = "Train the Reddit sentiment model (OpenNLP) and the sentiment combiner on GoEmotions "
                    + "training comments; writes reddit-sentiment.bin and sentiment-combiner.json.")
    static final class Sentiment implements Callable<Integer> {
        @Option(names = "--goemotions", paramLabel = "TSV", required = true,
                description = "GoEmotions training file (text<TAB>label ids<TAB>id, labels.txt beside it).")
        Path goEmotions;

        @Option(names = "--labels", paramLabel = "FILE",
                description = "The emotion names, one per line in id order (default: labels.txt beside the TSV).")
        Path labels;

        @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
                description = "Where to write the models (default: ${DEFAULT-VALUE}).")
        Path models;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
        Integer threads;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(models)) {
                throw new UserException("--models " + models + ": no such directory", ExitCodes.BAD_INPUT);
            }
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            try (CommentAnnotator coreNlp = new CoreNlpProvider().open(SentimentTraining.layers(), Map.of())) {
                Path labelsFile = labels != null ? labels : goEmotions.resolveSibling("labels.txt");
                TextsAnnotator texts = new TextsAnnotator() {
                    @Override
                    public List<TextAnnotations> annotate(List<String> items, ThreadAnnotator.Options options) {
                        return Batches.annotateWith(items, coreNlp, options, workers);
                    }

                    @Override
                    public EngineInfo engine() {
                        return coreNlp.info();
                    }
                };
                new SentimentTraining(goEmotions, labelsFile, models, System.err::println).run(texts, workers);
            }
            return ExitCodes.OK;
        }
    }
}
