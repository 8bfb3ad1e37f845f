package org.threadlens.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.threadlens.analyze.SentimentCombiner;
import org.threadlens.annotate.opennlp.RedditSentimentModel;
import org.threadlens.annotate.vader.VaderLexicon;

/**
 * The model files a run can use, found on the classpath: ThreadLens's own small ones (copied by the build
 * from {@code models/} to {@code /threadlens-models/}), hashed from their bytes, and the jar holding a
 * CoreNLP model, for hashing as a file.
 */
final class ModelFiles {
    /** ThreadLens's own model files by id: the classpath resource each is read from. */
    static final Map<String, String> OWN = ownFiles();

    private ModelFiles() {
    }

    private static Map<String, String> ownFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("vader-lexicon", VaderLexicon.LEXICON_RESOURCE);
        m.put("vader-emoji-lexicon", VaderLexicon.EMOJI_RESOURCE);
        m.put("reddit-sentiment", RedditSentimentModel.RESOURCE);
        m.put("sentiment-combiner", SentimentCombiner.RESOURCE);
        return m;
    }

    /** The SHA-256 of a classpath resource, if present. */
    static Optional<String> resourceSha256(String resource) {
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

    /** The jar file holding a classpath resource (a model inside a model jar), if it is in a local jar. */
    static Optional<Path> jarHolding(String resource) {
        URL url = ModelFiles.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
            return "file".equals(jar.getProtocol()) ? Optional.of(Path.of(jar.toURI())) : Optional.empty();
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
    }
}
