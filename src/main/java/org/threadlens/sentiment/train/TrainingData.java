package org.threadlens.sentiment.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.threadlens.annotate.Polarity;
import org.threadlens.read.InputFormatException;
import org.threadlens.sentiment.doccat.EmotionGroups;
import org.threadlens.sentiment.eval.SentimentSets;
import org.threadlens.sentiment.eval.SentimentTrees;

/**
 * The training texts of every source, read from the train splits only (never a dev or test split):
 * GoEmotions' Reddit comments, TweetEval's tweets, the Stanford Sentiment Treebank's sentences and a fixed
 * sample of its phrases. Deterministic: the same files give the same examples in the same order.
 */
record TrainingData(List<Source> sources) {
    /** SST phrases of at least this many words: shorter ones are mostly single neutral words. */
    static final int PHRASE_MIN_WORDS = 3;
    /** How many SST phrases are kept (a seeded sample of the 105,909 distinct ones): about one source's worth. */
    static final int PHRASES = 30_000;
    static final long SEED = 7;

    /**
     * One training text.
     *
     * @param categories what the word model learns from it: its polarity, or for a GoEmotions comment the
     *                   sentiment group of each of its emotions ({@value SentimentTraining#AMBIGUOUS} for
     *                   confusion, curiosity, realization, surprise)
     * @param label      its single polarity, or null where its emotions are mixed or only ambiguous (such a
     *                   text teaches the word model only)
     */
    record Example(String text, Set<String> categories, Polarity label) {
        Example {
            Objects.requireNonNull(text, "text");
            categories = Set.copyOf(categories);
        }

        static Example of(SentimentSets.Labelled l) {
            return new Example(l.text(), Set.of(l.gold().wireName()), l.gold());
        }
    }

    /**
     * The texts of one source.
     *
     * @param weight   the source's share of the encoder regression's loss (the SST's sentences and phrases
     *                 share one source's)
     * @param combines whether its texts fit the combiner (phrases do not: the combiner scores whole texts)
     */
    record Source(String name, List<Example> examples, double weight, boolean combines) {
        Source {
            examples = List.copyOf(examples);
        }
    }

    TrainingData {
        sources = List.copyOf(sources);
    }

    /**
     * Reads the train splits under {@code dataDir} (a folder laid out as {@code ../shared/data/sentiment}):
     * {@code goemotions-train/train.tsv} with {@code goemotions-dev/labels.txt} (the emotion names only),
     * {@code tweeteval-train/}, {@code sst-train/train.txt}.
     */
    static TrainingData read(Path dataDir) throws IOException, InputFormatException {
        Path go = dataDir.resolve("goemotions-train/train.tsv");
        Path labels = dataDir.resolve("goemotions-dev/labels.txt");
        Path tweets = dataDir.resolve("tweeteval-train");
        Path sst = dataDir.resolve("sst-train/train.txt");
        for (Path p : List.of(go, labels, tweets, sst)) {
            if (!Files.exists(p)) {
                throw new InputFormatException(dataDir.toString(), 0, "expected " + p + " (the train splits laid out "
                        + "as ../shared/data/sentiment: goemotions-train/, goemotions-dev/labels.txt, tweeteval-train/, sst-train/)");
            }
        }
        SentimentTrees trees = SentimentTrees.read(sst);
        return new TrainingData(List.of(
                new Source("goemotions", goEmotions(SentimentSets.goEmotionsComments(go, labels)), 1, true),
                new Source("tweeteval", examples(SentimentSets.tweetEval(tweets, "train").items()), 1, true),
                new Source("sst", examples(trees.sentences()), 0.5, true),
                new Source("sst-phrases", examples(sample(trees.phrases(PHRASE_MIN_WORDS))), 0.5, false)));
    }

    private static List<Example> goEmotions(List<SentimentSets.Emotions> comments) {
        List<Example> out = new ArrayList<>(comments.size());
        for (SentimentSets.Emotions c : comments) {
            Set<String> groups = new TreeSet<>();
            for (String emotion : c.emotions()) {
                groups.add(EmotionGroups.of(emotion).map(Polarity::wireName).orElse(SentimentTraining.AMBIGUOUS));
            }
            out.add(new Example(c.text(), groups, c.group()));
        }
        return out;
    }

    private static List<Example> examples(List<SentimentSets.Labelled> items) {
        return items.stream().map(Example::of).toList();
    }

    private static List<SentimentSets.Labelled> sample(List<SentimentSets.Labelled> phrases) {
        List<SentimentSets.Labelled> shuffled = new ArrayList<>(phrases);
        Collections.shuffle(shuffled, new Random(SEED));
        return shuffled.subList(0, Math.min(PHRASES, shuffled.size()));
    }
}
