package org.threadlens.sentiment.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.doccat.DoccatSentimentModel;
import org.threadlens.sentiment.encoder.EncoderSentimentModel;
import org.threadlens.sentiment.encoder.SentenceEncoder;
import org.threadlens.sentiment.vader.VaderCommentScorer;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.text.MarkupStyle;

/**
 * Trains the word model ({@code opennlp}), the encoder regression ({@code bge}) and the combiner on the
 * train splits of several sources ({@link TrainingData}: Reddit comments, tweets, review sentences and
 * phrases), so that none of them alone decides what sentiment looks like.
 *
 * <p>Recipe (deterministic: the same data gives the same models): cross-fitted stacking in {@value #FOLDS}
 * folds (a source's i-th text in fold i mod {@value #FOLDS}). For each fold the word model
 * ({@link DoccatTraining}) and the encoder regression ({@link EncoderTraining}) learn from the other fold; the
 * fold's whole texts with one polarity are then annotated as {@code annotate} would, with VADER and those
 * two. On those out-of-fold scores {@link CombinerTraining} fits the combiner, every source weighing alike.
 * CoreNLP's sentence sentiment is not among its inputs: fitted in (on 3,000 held-out comments and tweets;
 * the SST's would not do, CoreNLP's model was trained on them) it lowered the balanced profile's macro-F1
 * on two dev sets of three, as its strength on review sentences (0.54) is below the encoder's (0.64). Finally both models learn from every text: those are shipped.
 * Two folds, not more: each fold's models see half of 127,000 texts, plenty for the combiner's 12 inputs,
 * and training stays within about 20 minutes on 2 cores.
 */
public final class SentimentTraining {
    static final int FOLDS = 2;
    /** The word model's category for a GoEmotions comment's emotions with no sentiment group. */
    static final String AMBIGUOUS = "ambiguous";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Path modelsDir;
    private final Consumer<String> log;

    /** @param dataDir the train splits, laid out as {@code ../shared/data/sentiment} (see {@link TrainingData#read}) */
    public SentimentTraining(Path dataDir, Path modelsDir, Consumer<String> log) {
        this.dataDir = dataDir;
        this.modelsDir = modelsDir;
        this.log = log;
    }

    /**
     * Trains every model and writes them to the models directory.
     *
     * @param texts annotates the held-out texts as {@code annotate} does, with the scorers training made
     */
    public void run(TextsAnnotator texts, int threads) throws Exception {
        TrainingData data = TrainingData.read(dataDir);
        data.sources().forEach(s -> log.accept(s.name() + ": " + s.examples().size() + " texts"));
        List<TrainingData.Example> all = data.sources().stream().flatMap(s -> s.examples().stream()).toList();
        int[] indexInSource = data.sources().stream().flatMapToInt(s -> IntStream.range(0, s.examples().size())).toArray();
        SentenceEncoder encoder = SentenceEncoder.standard();
        long start = System.nanoTime();
        float[][] embeddings = EncoderTraining.embed(all.stream().map(TrainingData.Example::text).toList(), encoder, threads);
        log.accept(String.format("embedded %d texts in %.0f s", all.size(), (System.nanoTime() - start) / 1e9));
        int[] labels = all.stream().mapToInt(e -> e.label() == null ? -1 : e.label().ordinal()).toArray();
        double[] weights = encoderWeights(data);
        List<CombinerTraining.Held> held = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<Integer> train = IntStream.range(0, all.size()).filter(i -> indexInSource[i] % FOLDS != f).boxed().toList();
            DoccatSentimentModel words = DoccatTraining.train(train.stream().map(all::get).toList());
            EncoderSentimentModel bge = new EncoderSentimentModel(encoder, EncoderTraining.fit(embeddings, labels, weights,
                    train.stream().filter(i -> labels[i] >= 0).toList()));
            List<CommentScorer> models = List.of(words, bge);
            for (TrainingData.Source source : data.sources()) {
                if (source.combines()) {
                    held.addAll(scoreHeldOut(source, f, texts, models));
                }
            }
            log.accept(String.format("fold %d of %d: models trained on %d texts; held-out texts scored", f + 1, FOLDS, train.size()));
        }
        ObjectNode combiner = new CombinerTraining(log).fit(held);
        DoccatSentimentModel words = DoccatTraining.train(all);
        Path wordsFile = modelsDir.resolve("opennlp-sentiment.bin");
        try (OutputStream out = Files.newOutputStream(wordsFile)) {
            words.model().serialize(out);
        }
        log.accept("wrote " + wordsFile + " trained on all " + all.size() + " texts (" + Files.size(wordsFile) / 1024 + " KB)");
        List<Integer> labelled = IntStream.range(0, all.size()).filter(i -> labels[i] >= 0).boxed().toList();
        Path encoderFile = modelsDir.resolve("bge-sentiment.json");
        EncoderTraining.write(encoderFile, EncoderTraining.fit(embeddings, labels, weights, labelled),
                EncoderTraining.provenance(BuildInfo.threadLensVersion(), dataProvenance(data), labelled.size()));
        log.accept("wrote " + encoderFile + " fitted on " + labelled.size() + " texts with one polarity");
        combiner.set("provenance", provenance(data, held.size(), texts, wordsFile));
        Path combinerFile = modelsDir.resolve("sentiment-combiner.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(combinerFile.toFile(), combiner);
        log.accept("wrote " + combinerFile);
    }

    /** Each text's weight in the encoder head's loss: its source's weight shared among the source's texts. */
    private static double[] encoderWeights(TrainingData data) {
        return data.sources().stream().flatMapToDouble(s -> s.examples().stream()
                .mapToDouble(e -> s.weight() / s.examples().size())).toArray();
    }

    /** The fold's texts of {@code source} with one polarity, scored. */
    private static List<CombinerTraining.Held> scoreHeldOut(TrainingData.Source source, int fold, TextsAnnotator texts,
                                                            List<CommentScorer> models) {
        List<TrainingData.Example> items = IntStream.range(0, source.examples().size()).filter(i -> i % FOLDS == fold)
                .mapToObj(source.examples()::get).filter(e -> e.label() != null).toList();
        List<TextAnnotations> annotated = texts.annotate(items.stream().map(TrainingData.Example::text).toList(), options(models));
        List<CombinerTraining.Held> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new CombinerTraining.Held(items.get(i).label(), source.name(), annotated.get(i)));
        }
        return out;
    }

    private static ThreadAnnotator.Options options(List<CommentScorer> models) {
        List<CommentScorer> scorers = new ArrayList<>();
        scorers.add(VaderCommentScorer.standard());
        scorers.addAll(models);
        return new ThreadAnnotator.Options(MarkupStyle.REDDIT_MARKDOWN, VaderSentenceScorer.standard(), true, scorers);
    }

    /** Which files the models learnt from, each with its SHA-256. */
    private ObjectNode dataProvenance(TrainingData data) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        for (String file : List.of("goemotions-train/train.tsv", "tweeteval-train/train_text.txt",
                "tweeteval-train/train_labels.txt", "sst-train/train.txt")) {
            p.put(file, sha256(dataDir.resolve(file)));
        }
        data.sources().forEach(s -> p.put(s.name() + "Texts", s.examples().size()));
        return p;
    }

    /** The combiner's provenance. */
    private ObjectNode provenance(TrainingData data, int heldOut, TextsAnnotator texts, Path wordsFile) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("threadlens", BuildInfo.threadLensVersion());
        p.put("opennlp", BuildInfo.openNlpVersion());
        p.set("trainingData", dataProvenance(data));
        p.put("split", FOLDS + "-fold cross-fitting (a source's i-th text in fold i mod " + FOLDS + "); out-of-fold "
                + "scores of whole texts with one polarity fit the combiner, each source weighing alike");
        p.put("combinerTexts", heldOut);
        p.put("categorizer", DoccatTraining.DESCRIPTION);
        p.put("categorizerSha256", sha256(wordsFile));
        p.put("engine", texts.engine().engine() + " " + texts.engine().version());
        p.put("engineConfigHash", texts.engine().configHash());
        return p;
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The layers annotating the held-out texts needs. */
    public static Set<Layer> layers() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);
    }
}
