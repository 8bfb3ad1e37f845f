package org.threadlens.sentiment.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.Polarity;
import org.threadlens.read.InputFormatException;
import org.threadlens.sentiment.doccat.EmotionGroups;

/**
 * Labelled comment sets for sentiment evaluation, read into texts with a three-way gold label.
 *
 * <p>GoEmotions ({@code text<TAB>label ids<TAB>comment id}, ids into {@code labels.txt}): each emotion is
 * grouped by {@link EmotionGroups}; the ambiguous ones are ignored. A comment whose emotions fall
 * in exactly one of positive, negative, neutral gets that label; comments with mixed or only ambiguous
 * emotions are left out and counted. TweetEval ({@code val_text.txt}, {@code val_labels.txt}: 0 negative,
 * 1 neutral, 2 positive) is read as it is. The Stanford Sentiment Treebank ({@link SentimentTrees}: one PTB tree a line, labels 0-4 on
 * every node) gives each sentence, its leaves joined by spaces, with its root's label grouped: 0-1 negative,
 * 2 neutral, 3-4 positive.
 */
public final class SentimentSets {

    private SentimentSets() {
    }

    /** One labelled text. */
    public record Labelled(String text, Polarity gold) {
    }

    /** The texts with a single label, and how many were left out (mixed or ambiguous). */
    public record LabelledSet(List<Labelled> items, int leftOut) {
    }

    /** A GoEmotions comment with all its emotions. */
    public record Emotions(String text, List<String> emotions) {
        public Emotions {
            emotions = List.copyOf(emotions);
        }

        /** The single sentiment group of its emotions, or null if they are mixed or only ambiguous. */
        public Polarity group() {
            Set<Polarity> groups = EnumSet.noneOf(Polarity.class);
            for (String e : emotions) {
                EmotionGroups.of(e).ifPresent(groups::add);
            }
            return groups.size() == 1 ? groups.iterator().next() : null;
        }
    }

    /** Every GoEmotions comment of the file with its emotions' names, in file order. */
    public static List<Emotions> goEmotionsComments(Path tsv, Path labelsFile) throws IOException, InputFormatException {
        if (!Files.isRegularFile(labelsFile)) {
            throw new InputFormatException(tsv.toString(), 0, "expected the emotion names in " + labelsFile
                    + " (one per line, in id order; name another file with --labels)");
        }
        List<String> names = Files.readAllLines(labelsFile, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        List<Emotions> out = new ArrayList<>();
        long lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new InputFormatException(tsv.toString(), lineNo, "expected 'text<TAB>label ids<TAB>id'");
            }
            List<String> emotions = new ArrayList<>();
            for (String id : f[1].split(",")) {
                try {
                    emotions.add(names.get(Integer.parseInt(id.strip())));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw new InputFormatException(tsv.toString(), lineNo, "expected label ids 0-" + (names.size() - 1)
                            + ", found '" + f[1] + "'");
                }
            }
            out.add(new Emotions(f[0], emotions));
        }
        return out;
    }

    /** GoEmotions with {@code labels.txt} beside the file. */
    public static LabelledSet goEmotions(Path tsv) throws IOException, InputFormatException {
        return goEmotions(tsv, tsv.resolveSibling("labels.txt"));
    }

    /** GoEmotions with the emotion names (one per line, in id order) in {@code labelsFile}. */
    public static LabelledSet goEmotions(Path tsv, Path labelsFile) throws IOException, InputFormatException {
        List<Labelled> out = new ArrayList<>();
        int leftOut = 0;
        for (Emotions e : goEmotionsComments(tsv, labelsFile)) {
            Polarity g = e.group();
            if (g == null) {
                leftOut++;
            } else {
                out.add(new Labelled(e.text(), g));
            }
        }
        return new LabelledSet(out, leftOut);
    }

    /** TweetEval's validation split: {@code val_text.txt} and {@code val_labels.txt} in {@code dir}. */
    public static LabelledSet tweetEval(Path dir) throws IOException, InputFormatException {
        return tweetEval(dir, "val");
    }

    /**
     * A TweetEval sentiment split ({@code <split>_text.txt}, {@code <split>_labels.txt}: 0 negative, 1 neutral,
     * 2 positive), each text trimmed at both ends (the published files differ there).
     */
    public static LabelledSet tweetEval(Path dir, String split) throws IOException, InputFormatException {
        for (String part : List.of("_text.txt", "_labels.txt")) {
            if (!Files.isRegularFile(dir.resolve(split + part))) {
                throw new InputFormatException(dir.toString(), 0, "expected TweetEval's " + split + part + " in " + dir);
            }
        }
        List<String> texts = Files.readAllLines(dir.resolve(split + "_text.txt"), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(dir.resolve(split + "_labels.txt"), StandardCharsets.UTF_8);
        if (texts.size() != labels.size()) {
            throw new InputFormatException(dir.toString(), 0, "expected as many labels (" + labels.size() + ") as texts ("
                    + texts.size() + ")");
        }
        Map<String, Polarity> byCode = Map.of("0", Polarity.NEGATIVE, "1", Polarity.NEUTRAL, "2", Polarity.POSITIVE);
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Polarity gold = byCode.get(labels.get(i).strip());
            if (gold == null) {
                throw new InputFormatException(dir.resolve(split + "_labels.txt").toString(), i + 1L, "expected 0, 1 or 2");
            }
            out.add(new Labelled(texts.get(i).strip(), gold));
        }
        return new LabelledSet(out, 0);
    }

    /** The Stanford Sentiment Treebank's sentences (a PTB tree a line) with their root labels grouped. */
    public static LabelledSet sst(Path treesFile) throws IOException, InputFormatException {
        return new LabelledSet(SentimentTrees.read(treesFile).sentences(), 0);
    }
}
