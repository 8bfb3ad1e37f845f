package org.threadlens.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.threadlens.sentiment.SentimentCombiner;
import org.threadlens.sentiment.doccat.DoccatSentimentModel;
import org.threadlens.sentiment.vader.VaderLexicon;

/**
 * ThreadLens's own small model files (copied by the build from {@code models/} to {@code /threadlens-models/}),
 * hashed from their bytes on the classpath.
 */
final class ModelFiles {
    /** ThreadLens's own model files by id: the classpath resource each is read from. */
    static final Map<String, String> OWN = ownFiles();

    /**
     * Digests of resources, by name: they are on the classpath, which does not change while the JVM runs, and
     * a run digests every model it names (megabytes) when it starts, once per run in a process that runs
     * many (the benchmark, the Java API).
     */
    private static final Map<String, Optional<String>> RESOURCE_SHA256 = new ConcurrentHashMap<>();

    private ModelFiles() {
    }

    private static Map<String, String> ownFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vader-lexicon", VaderLexicon.LEXICON_RESOURCE);
        m.put("vader-emoji-lexicon", VaderLexicon.EMOJI_RESOURCE);
        m.put("opennlp-sentiment", DoccatSentimentModel.RESOURCE);
        m.put("sentiment-combiner", SentimentCombiner.RESOURCE);
        return m;
    }

    /** The SHA-256 of a classpath resource, if present. */
    static Optional<String> resourceSha256(String resource) {
        return RESOURCE_SHA256.computeIfAbsent(resource, ModelFiles::digestResource);
    }

    private static Optional<String> digestResource(String resource) {
        try (InputStream in = ModelFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is unreadable", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
