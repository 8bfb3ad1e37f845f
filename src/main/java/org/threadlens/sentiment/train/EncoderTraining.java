package org.threadlens.sentiment.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.threadlens.sentiment.encoder.SentenceEncoder;
import org.threadlens.sentiment.encoder.EncoderSentimentModel;
import org.threadlens.sentiment.encoder.SentimentHead;

/**
 * Fits the {@code bge} scorer's head ({@link SentimentHead}): negative / neutral / positive from a text's
 * sentence embedding through {@value #HIDDEN} rectified units, by mini-batch Adam on the weighted
 * cross-entropy (each text weighted so that every source counts alike) with a small L2 penalty.
 * Deterministic: fixed seed, one thread. Its size, epochs and rate were chosen on the dev splits (256 units
 * and 6 epochs against a regression of 8: +3 to +6 points of macro-F1 on each).
 */
final class EncoderTraining {
    static final int HIDDEN = 256;
    static final double L2 = 1e-5;
    static final int EPOCHS = 6;
    static final int BATCH = 64;
    static final double RATE = 0.001;
    static final long SEED = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EncoderTraining() {
    }

    /** The embeddings of {@code texts}, in order, computed on {@code threads} threads. */
    static float[][] embed(List<String> texts, SentenceEncoder encoder, int threads) throws InterruptedException {
        float[][] out = new float[texts.size()][];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            int step = 256;
            for (int start = 0; start < texts.size(); start += step) {
                int from = start;
                int to = Math.min(texts.size(), start + step);
                parts.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        out[i] = encoder.embed(texts.get(i));
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("embedding the training comments failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * A head fitted to the embeddings {@code rows}.
     *
     * @param labels  class of each embedding (Polarity ordinal), or -1 where it has none
     * @param weights weight of each embedding in the loss
     */
    static SentimentHead fit(float[][] embeddings, int[] labels, double[] weights, List<Integer> rows) {
        return fit(embeddings, labels, weights, rows, HIDDEN);
    }

    static SentimentHead fit(float[][] embeddings, int[] labels, double[] weights, List<Integer> rows, int hidden) {
        Random random = new Random(SEED);
        MlpFit net = new MlpFit(SentenceEncoder.DIMENSIONS, hidden, random);
        List<Integer> order = new ArrayList<>(rows);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int start = 0; start < order.size(); start += BATCH) {
                net.step(embeddings, labels, weights, order.subList(start, Math.min(order.size(), start + BATCH)), RATE, L2);
            }
        }
        return net.head();
    }

    /** Writes the head in {@value EncoderSentimentModel#FORMAT} with its provenance. */
    static void write(Path file, SentimentHead head, ObjectNode provenance) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", EncoderSentimentModel.FORMAT);
        ArrayNode classes = root.putArray("classes");
        classes.add("negative").add("neutral").add("positive");
        matrix(root.putArray("hidden"), head.hidden());
        matrix(root.putArray("weights"), head.output());
        root.set("provenance", provenance);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void matrix(ArrayNode rows, double[][] m) {
        for (double[] row : m) {
            ArrayNode r = rows.addArray();
            for (double x : row) {
                r.add((float) x);
            }
        }
    }

    /** What the head was made from, and how. */
    static ObjectNode provenance(String threadlens, ObjectNode data, int texts) {
        ObjectNode p = JSON.createObjectNode();
        p.put("threadlens", threadlens);
        p.put("encoder", SentenceEncoder.COORDINATES + " (bge-small-en-v1.5, quantized ONNX; [CLS] pooling, unit length, "
                + SentenceEncoder.MAX_TOKENS + " word pieces at most)");
        p.set("trainingData", data);
        p.put("texts", texts);
        p.put("selection", "texts with one polarity (GoEmotions comments whose emotions fall in one sentiment group), "
                + "each source weighted alike (SST sentences and phrases share one source's weight)");
        p.put("fit", String.format(java.util.Locale.ROOT, "%d ReLU units then softmax, He initialisation, Adam, %d epochs, "
                + "batches of %d, rate %s, L2 %s, seed %d", HIDDEN, EPOCHS, BATCH, RATE, L2, SEED));
        return p;
    }
}
