package org.threadlens.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.threadlens.BuildInfo;

/**
 * The settings that decide how a thread is annotated, apart from which layers: two runs whose settings
 * have the same {@link #hash()} give the same annotations to the same thread, layer for layer. A run skips a
 * stored thread only if it was annotated with settings of the same hash.
 *
 * <p>They are: the engine's name; the engine settings the options give ({@code -P}, {@code --profile},
 * {@code --sutime}, {@code --no-caseless}); ThreadLens's own options that change annotations
 * ({@code --markup}, case detection, {@code --non-english}); the versions of CoreNLP and OpenNLP; and the
 * SHA-256 of ThreadLens's own model files (VADER lexicons, word sentiment model, encoder regression, combiner).
 * Not in them: the layers (compared apart), {@code --threads} (output does not depend on it), the inputs'
 * names, and ThreadLens's own version — upgrading ThreadLens annotates again only if its model files changed;
 * {@code --reannotate} annotates everything again.
 *
 * @param engineSettings the engine settings given, sorted by key
 * @param options        ThreadLens's options that change annotations, by name, sorted
 * @param versions       library versions by name, sorted
 * @param models         ThreadLens's own model files' SHA-256 by model id, sorted (absent files left out)
 */
public record AnnotationSettings(String engine, SortedMap<String, String> engineSettings, SortedMap<String, String> options,
                                 SortedMap<String, String> versions, SortedMap<String, String> models) {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    public AnnotationSettings {
        Objects.requireNonNull(engine, "engine");
        engineSettings = Collections.unmodifiableSortedMap(new TreeMap<>(engineSettings));
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
        models = Collections.unmodifiableSortedMap(new TreeMap<>(models));
    }

    /** The settings of this build: CoreNLP's and OpenNLP's versions, and the own model files on the classpath. */
    public static AnnotationSettings of(String engine, Map<String, String> engineSettings, Map<String, String> options) {
        SortedMap<String, String> models = new TreeMap<>();
        ModelFiles.OWN.forEach((id, resource) -> ModelFiles.resourceSha256(resource).ifPresent(sha -> models.put(id, sha)));
        return new AnnotationSettings(engine, new TreeMap<>(engineSettings), new TreeMap<>(options),
                new TreeMap<>(Map.of("corenlp", BuildInfo.coreNlpVersion(), "opennlp", BuildInfo.openNlpVersion())), models);
    }

    /** The settings as a JSON object with sorted keys: what the store's {@code runs.settings} shows. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("engine", engine);
            writeMap(g, "engineSettings", engineSettings);
            writeMap(g, "options", options);
            writeMap(g, "versions", versions);
            writeMap(g, "models", models);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** SHA-256 (hex) of {@link #json()}. */
    public String hash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void writeMap(JsonGenerator g, String name, SortedMap<String, String> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
