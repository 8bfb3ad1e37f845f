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
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.eval.SentimentSets;
import org.threadlens.sentiment.minilm.MiniLmEncoder;
import org.threadlens.sentiment.minilm.MiniLmSentimentModel;
import org.threadlens.sentiment.reddit.EmotionGroups;
import org.threadlens.sentiment.reddit.RedditSentimentModel;
import org.threadlens.sentiment.reddit.SentimentFeatures;
import org.threadlens.sentiment.vader.VaderCommentScorer;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.text.MarkupStyle;

/**
 * Trains the Reddit sentiment model and the sentiment combiner on GoEmotions training comments.
 *
 * <p>Recipe (deterministic: the same data gives the same models): cross-fitted stacking in {@value #FOLDS}
 * folds (comment i in fold i mod {@value #FOLDS}). For each fold a categorizer learns from the other folds,
 * one sample per sentiment group of a comment's emotions
 * (negative, neutral, positive, ambiguous; all comments count, mixed ones too): OpenNLP maxent (L-BFGS), L2 cost {@value #L2_COST},
 * feature cutoff {@value #CUTOFF}, 100 iterations, bag of words and bigrams over {@link SentimentFeatures};
 * the fold's comments with one sentiment group are then annotated as {@code annotate} would (CoreNLP, VADER,
 * that categorizer, and the {@code minilm} regression fitted on the other folds' embeddings by
 * {@link MiniLmTraining}). On all those out-of-fold scores {@link CombinerTraining} fits the combiner. Finally the categorizer is trained on
 * all comments, and the MiniLM regression on all single-group comments: those are the ones shipped.
 */
public final class SentimentTraining {
    static final int FOLDS = 5;
    static final double L2_COST = 3.0;
    /** The category of comments whose emotions have no sentiment group. */
    static final String AMBIGUOUS = "ambiguous";
    /** Features seen fewer times are dropped: 2 keeps the model small (a few MB) at no measured loss. */
    static final int CUTOFF = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path trainingFile;
    private final Path labelsFile;
    private final Path modelsDir;
    private final Consumer<String> log;

    /** @param labelsFile GoEmotions' emotion names, one per line in id order */
    public SentimentTraining(Path trainingFile, Path labelsFile, Path modelsDir, Consumer<String> log) {
        this.trainingFile = trainingFile;
        this.labelsFile = labelsFile;
        this.modelsDir = modelsDir;
        this.log = log;
    }

    /** Trains both models and writes them to the models directory. */
    public void run(TextsAnnotator coreNlp, int threads) throws Exception {
        List<SentimentSets.Emotions> comments = SentimentSets.goEmotionsComments(trainingFile, labelsFile);
        MiniLmEncoder encoder = MiniLmEncoder.standard();
        float[][] embeddings = MiniLmTraining.embed(comments.stream().map(SentimentSets.Emotions::text).toList(), encoder, threads);
        int[] groups = comments.stream().mapToInt(c -> c.group() == null ? -1 : c.group().ordinal()).toArray();
        log.accept("embedded " + comments.size() + " comments with MiniLM");
        List<SentimentSets.Labelled> outOfFold = new ArrayList<>();
        List<TextAnnotations> annotated = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<SentimentSets.Emotions> train = new ArrayList<>();
            List<Integer> trainRows = new ArrayList<>();
            List<SentimentSets.Labelled> held = new ArrayList<>();
            for (int i = 0; i < comments.size(); i++) {
                SentimentSets.Emotions c = comments.get(i);
                if (i % FOLDS != fold) {
                    train.add(c);
                    if (groups[i] >= 0) {
                        trainRows.add(i);
                    }
                } else if (groups[i] >= 0) {
                    held.add(new SentimentSets.Labelled(c.text(), c.group()));
                }
            }
            RedditSentimentModel model = trainCategorizer(train);
            MiniLmSentimentModel miniLm = new MiniLmSentimentModel(encoder, MiniLmTraining.fit(embeddings, groups, trainRows));
            annotated.addAll(annotate(held, coreNlp, List.of(model, miniLm)));
            outOfFold.addAll(held);
            log.accept(String.format("fold %d of %d: categorizer trained on %d comments, %d held-out comments scored",
                    fold + 1, FOLDS, train.size(), held.size()));
        }
        ObjectNode combiner = new CombinerTraining(log).fit(outOfFold, annotated);
        // cross-fitted stacking: the combiner learnt from every comment's out-of-fold scores; the shipped
        // categorizer learns from all comments
        RedditSentimentModel full = trainCategorizer(comments);
        Path modelFile = modelsDir.resolve("reddit-sentiment.bin");
        try (OutputStream out = Files.newOutputStream(modelFile)) {
            full.model().serialize(out);
        }
        log.accept("wrote " + modelFile + " trained on all " + comments.size() + " comments (" + Files.size(modelFile) / 1024 + " KB)");
        String dataSha256 = sha256(trainingFile);
        List<Integer> allRows = java.util.stream.IntStream.range(0, groups.length).filter(i -> groups[i] >= 0).boxed().toList();
        Path miniLmFile = modelsDir.resolve("minilm-sentiment.json");
        MiniLmTraining.write(miniLmFile, MiniLmTraining.fit(embeddings, groups, allRows), MiniLmTraining.provenance(
                BuildInfo.threadLensVersion(), trainingFile.getFileName().toString(), dataSha256, allRows.size()));
        log.accept("wrote " + miniLmFile + " fitted on " + allRows.size() + " single-group comments");
        combiner.set("provenance", provenance(comments.size(), outOfFold.size(), coreNlp, modelFile, dataSha256));
        Path combinerFile = modelsDir.resolve("sentiment-combiner.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(combinerFile.toFile(), combiner);
        log.accept("wrote " + combinerFile);
    }

    /**
     * One sample per sentiment group of each comment's emotions — negative, neutral, positive, or ambiguous
     * (confusion, curiosity, realization, surprise): every comment teaches, mixed ones included, and the
     * ambiguous category soaks up what is neither (it is left out when the model is used).
     */
    private RedditSentimentModel trainCategorizer(List<SentimentSets.Emotions> train) throws IOException {
        SentimentFeatures features = SentimentFeatures.standard();
        List<DocumentSample> samples = new ArrayList<>(train.size());
        for (SentimentSets.Emotions c : train) {
            String[] f = features.of(c.text());
            java.util.Set<String> groups = new java.util.TreeSet<>();
            for (String emotion : c.emotions()) {
                groups.add(EmotionGroups.of(emotion).map(Polarity::wireName).orElse(AMBIGUOUS));
            }
            for (String group : groups) {
                samples.add(new DocumentSample(group, f));
            }
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put("L2Cost", L2_COST);
        p.put("L1Cost", 0.0);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        DoccatModel m = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), p, factory);
        return new RedditSentimentModel(m, features);
    }

    private static List<TextAnnotations> annotate(List<SentimentSets.Labelled> items, TextsAnnotator coreNlp,
                                                  List<CommentScorer> models) {
        List<CommentScorer> scorers = new ArrayList<>();
        scorers.add(VaderCommentScorer.standard());
        scorers.addAll(models);
        ThreadAnnotator.Options options = new ThreadAnnotator.Options(MarkupStyle.REDDIT_MARKDOWN,
                VaderSentenceScorer.standard(), true, scorers);
        return coreNlp.annotate(items.stream().map(SentimentSets.Labelled::text).toList(), options);
    }

    /** The combiner's provenance; the shipped categorizer learnt from all {@code comments}. */
    private ObjectNode provenance(int comments, int heldOut, TextsAnnotator coreNlp, Path modelFile,
                                  String dataSha256) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("threadlens", BuildInfo.threadLensVersion());
        p.put("opennlp", BuildInfo.openNlpVersion());
        p.put("trainingData", trainingFile.getFileName().toString());
        p.put("trainingDataSha256", dataSha256);
        p.put("comments", comments);
        p.put("split", FOLDS + "-fold cross-fitting (comment i in fold i mod " + FOLDS + "); out-of-fold scores of comments with one sentiment group fit the combiner");
        p.put("categorizerComments", comments);
        p.put("combinerComments", heldOut);
        p.put("categorizer", "OpenNLP doccat over sentiment groups (one sample per group of a comment's emotions), MAXENT_QN, L2Cost "
                + L2_COST + ", cutoff " + CUTOFF + ", 100 iterations, bag of words + bigrams");
        p.put("categorizerSha256", sha256(modelFile));
        p.put("corenlp", coreNlp.engine().version());
        p.put("corenlpConfigHash", coreNlp.engine().configHash());
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

    /** The layers the combiner's CoreNLP features need. */
    public static Set<Layer> layers() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);
    }
}
