package org.threadlens.sentiment.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.read.InputFormatException;

/**
 * The three development splits {@code eval sentiment --dev DIR} reads, from a folder laid out as
 * {@code ../shared/data/sentiment} is: {@value #GOEMOTIONS} (with {@code labels.txt} beside it),
 * {@value #TWEETEVAL}{@code /val_text.txt} and {@code val_labels.txt}, and {@value #SST}. Only these dev splits
 * are read, never a train or test split. Stateless.
 */
public final class DevSets {
    public static final String GOEMOTIONS = "goemotions-dev/dev.tsv";
    public static final String TWEETEVAL = "tweeteval-val";
    public static final String SST = "sst-dev/dev.txt";

    private DevSets() {
    }

    /** A labelled set with the name it is reported under and the file or folder it was read from. */
    public record NamedSet(String name, Path path, SentimentSets.LabelledSet set) {
    }

    /** The files {@link #read} needs, each with what it should hold, in the order checked. */
    private static List<String[]> expected() {
        return List.of(
                new String[] {GOEMOTIONS, "GoEmotions dev comments, text<TAB>label ids<TAB>id"},
                new String[] {"goemotions-dev/labels.txt", "GoEmotions' emotion names, one a line in id order"},
                new String[] {TWEETEVAL + "/val_text.txt", "TweetEval sentiment validation tweets, one a line"},
                new String[] {TWEETEVAL + "/val_labels.txt", "their labels, 0 negative, 1 neutral, 2 positive"},
                new String[] {SST, "Stanford Sentiment Treebank dev trees, one a line"});
    }

    /**
     * The three sets, in the order GoEmotions, TweetEval, SST.
     *
     * @throws InputFormatException naming every expected file that is missing and what it should hold
     */
    public static List<NamedSet> read(Path dir) throws IOException, InputFormatException {
        checkLayout(dir);
        List<NamedSet> out = new ArrayList<>();
        Path goEmotions = dir.resolve(GOEMOTIONS);
        out.add(new NamedSet("GoEmotions dev", goEmotions, SentimentSets.goEmotions(goEmotions)));
        Path tweetEval = dir.resolve(TWEETEVAL);
        out.add(new NamedSet("TweetEval val", tweetEval, SentimentSets.tweetEval(tweetEval)));
        Path sst = dir.resolve(SST);
        out.add(new NamedSet("SST dev", sst, SentimentSets.sst(sst)));
        return out;
    }

    /** Fails, naming each missing file and what it should hold, unless every file the dev sets need is there. */
    static void checkLayout(Path dir) throws InputFormatException {
        if (!Files.isDirectory(dir)) {
            throw new InputFormatException(dir.toString(), 0, "expected a folder holding " + GOEMOTIONS + ", "
                    + TWEETEVAL + "/ and " + SST + " (as ../shared/data/sentiment does): no such folder");
        }
        List<String> missing = new ArrayList<>();
        for (String[] file : expected()) {
            if (!Files.isRegularFile(dir.resolve(file[0]))) {
                missing.add(dir.resolve(file[0]) + " (" + file[1] + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFormatException(dir.toString(), 0, "expected the dev splits " + GOEMOTIONS + ", " + TWEETEVAL
                    + "/ and " + SST + "; missing: " + String.join("; ", missing));
        }
    }
}
