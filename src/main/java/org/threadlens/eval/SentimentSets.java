package org.threadlens.eval;

import org.threadlens.annotate.Polarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.read.InputFormatException;

/**
 * Labelled comment sets for sentiment evaluation, read into texts with a three-way gold label.
 *
 * <p>GoEmotions ({@code text<TAB>label ids<TAB>comment id}, ids into {@code labels.txt} beside the file):
 * each emotion is grouped as the usual sentiment grouping does — positive: admiration, amusement, approval,
 * caring, desire, excitement, gratitude, joy, love, optimism, pride, relief; negative: anger, annoyance,
 * disappointment, disapproval, disgust, embarrassment, fear, grief, nervousness, remorse, sadness; neutral:
 * neutral; ambiguous (confusion, curiosity, realization, surprise) is ignored. A comment whose emotions fall
 * in exactly one of positive, negative, neutral gets that label; comments with mixed or only ambiguous
 * emotions are left out and counted. TweetEval ({@code val_text.txt}, {@code val_labels.txt}: 0 negative,
 * 1 neutral, 2 positive) is read as it is.
 */
public final class SentimentSets {
    private static final Set<String> POSITIVE = Set.of("admiration", "amusement", "approval", "caring", "desire",
            "excitement", "gratitude", "joy", "love", "optimism", "pride", "relief");
    private static final Set<String> NEGATIVE = Set.of("anger", "annoyance", "disappointment", "disapproval", "disgust",
            "embarrassment", "fear", "grief", "nervousness", "remorse", "sadness");

    private SentimentSets() {
    }

    /** One labelled text. */
    public record Labelled(String text, Polarity gold) {
    }

    /** The texts with a single label, and how many were left out (mixed or ambiguous). */
    public record LabelledSet(List<Labelled> items, int leftOut) {
    }

    /** GoEmotions with {@code labels.txt} beside the file. */
    public static LabelledSet goEmotions(Path tsv) throws IOException, InputFormatException {
        return goEmotions(tsv, tsv.resolveSibling("labels.txt"));
    }

    /** GoEmotions with the emotion names (one per line, in id order) in {@code labelsFile}. */
    public static LabelledSet goEmotions(Path tsv, Path labelsFile) throws IOException, InputFormatException {
        if (!Files.isRegularFile(labelsFile)) {
            throw new InputFormatException(tsv.toString(), 0, "expected the emotion names in " + labelsFile
                    + " (one per line, in id order; name another file with --labels)");
        }
        List<String> names = Files.readAllLines(labelsFile, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        List<Labelled> out = new ArrayList<>();
        int leftOut = 0;
        long lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new InputFormatException(tsv.toString(), lineNo, "expected 'text<TAB>label ids<TAB>id'");
            }
            Set<Polarity> groups = EnumSet.noneOf(Polarity.class);
            for (String id : f[1].split(",")) {
                String emotion;
                try {
                    emotion = names.get(Integer.parseInt(id.strip()));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw new InputFormatException(tsv.toString(), lineNo, "expected label ids 0-" + (names.size() - 1)
                            + ", found '" + f[1] + "'");
                }
                Polarity p = group(emotion);
                if (p != null) {
                    groups.add(p);
                }
            }
            if (groups.size() == 1) {
                out.add(new Labelled(f[0], groups.iterator().next()));
            } else {
                leftOut++;
            }
        }
        return new LabelledSet(out, leftOut);
    }

    public static LabelledSet tweetEval(Path dir) throws IOException, InputFormatException {
        List<String> texts = Files.readAllLines(dir.resolve("val_text.txt"), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(dir.resolve("val_labels.txt"), StandardCharsets.UTF_8);
        if (texts.size() != labels.size()) {
            throw new InputFormatException(dir.toString(), 0, "expected as many labels (" + labels.size() + ") as texts ("
                    + texts.size() + ")");
        }
        Map<String, Polarity> byCode = Map.of("0", Polarity.NEGATIVE, "1", Polarity.NEUTRAL, "2", Polarity.POSITIVE);
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Polarity gold = byCode.get(labels.get(i).strip());
            if (gold == null) {
                throw new InputFormatException(dir.resolve("val_labels.txt").toString(), i + 1L, "expected 0, 1 or 2");
            }
            out.add(new Labelled(texts.get(i).strip(), gold));
        }
        return new LabelledSet(out, 0);
    }

    static Polarity group(String emotion) {
        if (POSITIVE.contains(emotion)) {
            return Polarity.POSITIVE;
        }
        if (NEGATIVE.contains(emotion)) {
            return Polarity.NEGATIVE;
        }
        return emotion.equals("neutral") ? Polarity.NEUTRAL : null;
    }
}
