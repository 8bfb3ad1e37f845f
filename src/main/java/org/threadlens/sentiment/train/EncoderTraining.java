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

/**
 * Fits the {@code bge} scorer's regression: negative / neutral / positive from a text's sentence embedding,
 * by mini-batch Adam on the weighted cross-entropy (each text weighted so that every source counts alike)
 * with a small L2 penalty. Deterministic: fixed seed, one thread. Parameters chosen on the dev splits.
 */
final class EncoderTraining {
    static final double L2 = 1e-4;
    static final int EPOCHS = 8;
    static final int BATCH = 64;
    static final double RATE = 0.005;
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
     * Weights (three rows of {@value SentenceEncoder#DIMENSIONS} + bias) fitted to the comments {@code rows}.
     *
     * @param labels  class of each embedding (Polarity ordinal), or -1 where it has none
     * @param weights weight of each embedding in the loss
     */
    static double[][] fit(float[][] embeddings, int[] labels, double[] weights, List<Integer> rows) {
        int d = SentenceEncoder.DIMENSIONS;
        double[][] w = new double[3][d + 1];
        double[][] m = new double[3][d + 1];
        double[][] v = new double[3][d + 1];
        List<Integer> order = new ArrayList<>(rows);
        Random random = new Random(SEED);
        int step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int start = 0; start < order.size(); start += BATCH) {
                int end = Math.min(order.size(), start + BATCH);
                List<Integer> batch = order.subList(start, end);
                double[][] g = gradient(w, embeddings, labels, weights, batch);
                step++;
                adam(w, g, m, v, step, batch.stream().mapToDouble(i -> weights[i]).sum());
            }
        }
        return w;
    }

    private static double[][] gradient(double[][] w, float[][] x, int[] y, double[] weights, List<Integer> batch) {
        int d = SentenceEncoder.DIMENSIONS;
        double[][] g = new double[3][d + 1];
        for (int i : batch) {
            double[] p = EncoderSentimentModel.softmax(w, x[i]);
            for (int c = 0; c < 3; c++) {
                double err = weights[i] * (p[c] - (y[i] == c ? 1 : 0));
                for (int f = 0; f < d; f++) {
                    g[c][f] += err * x[i][f];
                }
                g[c][d] += err;
            }
        }
        return g;
    }

    private static void adam(double[][] w, double[][] g, double[][] m, double[][] v, int step, double batchWeight) {
        double b1 = 0.9;
        double b2 = 0.999;
        int d = SentenceEncoder.DIMENSIONS;
        for (int c = 0; c < 3; c++) {
            for (int f = 0; f <= d; f++) {
                double grad = g[c][f] / batchWeight + (f < d ? L2 * w[c][f] : 0);
                m[c][f] = b1 * m[c][f] + (1 - b1) * grad;
                v[c][f] = b2 * v[c][f] + (1 - b2) * grad * grad;
                double mHat = m[c][f] / (1 - Math.pow(b1, step));
                double vHat = v[c][f] / (1 - Math.pow(b2, step));
                w[c][f] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
    }

    /** Writes the weights in {@value EncoderSentimentModel#FORMAT} with their provenance. */
    static void write(Path file, double[][] weights, ObjectNode provenance) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", EncoderSentimentModel.FORMAT);
        ArrayNode classes = root.putArray("classes");
        classes.add("negative").add("neutral").add("positive");
        ArrayNode rows = root.putArray("weights");
        for (double[] row : weights) {
            ArrayNode r = rows.addArray();
            for (double x : row) {
                r.add((float) x);
            }
        }
        root.set("provenance", provenance);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** What the regression was made from, and how. */
    static ObjectNode provenance(String threadlens, ObjectNode data, int texts) {
        ObjectNode p = JSON.createObjectNode();
        p.put("threadlens", threadlens);
        p.put("encoder", SentenceEncoder.COORDINATES + " (bge-small-en-v1.5, quantized ONNX; [CLS] pooling, unit length, "
                + SentenceEncoder.MAX_TOKENS + " word pieces at most)");
        p.set("trainingData", data);
        p.put("texts", texts);
        p.put("selection", "texts with one polarity (GoEmotions comments whose emotions fall in one sentiment group), "
                + "each source weighted alike (SST sentences and phrases share one source's weight)");
        p.put("fit", String.format(java.util.Locale.ROOT, "softmax regression, Adam, %d epochs, batches of %d, rate %s, L2 %s, seed %d",
                EPOCHS, BATCH, RATE, L2, SEED));
        return p;
    }
}
