package org.threadlens.annotate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an annotator engine is and how it was configured: the provenance of its annotations.
 *
 * @param engine     the engine's name ({@code corenlp})
 * @param version    the engine library's version
 * @param annotators the engine's own pipeline, e.g. {@code tokenize,ssplit,pos,lemma,ner}
 * @param settings   every setting that changes the output, sorted by key
 */
public record EngineInfo(String engine, String version, String annotators, SortedMap<String, String> settings) {
    public EngineInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(annotators, "annotators");
        settings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    }

    /** A SHA-256 of the engine, version and settings: equal hashes mean the same annotations for the same text. */
    public String configHash() {
        StringBuilder canonical = new StringBuilder(engine).append('\n').append(version).append('\n');
        for (Map.Entry<String, String> e : settings.entrySet()) {
            canonical.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
