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
import org.threadlens.annotate.opennlp.OpenNlpProvider;
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
            description = "Train the sentiment word model (OpenNLP), the sentence-encoder regression and the combiner on "
                    + "the train splits of GoEmotions, TweetEval and the Stanford Sentiment Treebank; writes "
                    + "opennlp-sentiment.bin, bge-sentiment.json and sentiment-combiner.json.")
    static final class Sentiment implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", required = true,
                description = "The train splits, laid out as ../shared/data/sentiment: goemotions-train/train.tsv, "
                        + "goemotions-dev/labels.txt (emotion names only), tweeteval-train/, sst-train/train.txt.")
        Path data;

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
            if (!Files.isDirectory(data)) {
                throw new UserException("--data " + data + ": no such directory", ExitCodes.BAD_INPUT);
            }
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            // the comment scorers read the prepared text, whichever engine splits it: OpenNLP's is the lightest
            try (CommentAnnotator engine = new OpenNlpProvider().open(SentimentTraining.layers(), Map.of())) {
                new SentimentTraining(data, models, System.err::println).run(texts(engine, workers), workers);
            }
            return ExitCodes.OK;
        }

        private static TextsAnnotator texts(CommentAnnotator engine, int workers) {
            return new TextsAnnotator() {
                @Override
                public List<TextAnnotations> annotate(List<String> items, ThreadAnnotator.Options options) {
                    return Batches.annotateWith(items, engine, options, workers);
                }

                @Override
                public EngineInfo engine() {
                    return engine.info();
                }
            };
        }
    }
}
