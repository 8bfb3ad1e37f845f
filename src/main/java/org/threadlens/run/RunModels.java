package org.threadlens.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.plugin.PluginManifest;
import org.threadlens.plugin.PluginManifestParser;
import org.threadlens.store.RunStart;

/**
 * The models an engine's layers use, for the run's provenance: CoreNLP's English models as plugin.xml
 * declares them (coordinates and checksum of the Maven artifact) when entities or sentiment are annotated;
 * the caseless models' jar (not declared in plugin.xml: hashed from the file, once per file thanks to the
 * store's digest table) when the engine routes caseless text to them; ThreadLens's own sentiment files
 * (hashed from the classpath) with sentiment. Sentences and tokens alone use no model file.
 */
final class RunModels {
    /** A model inside the caseless jar, to find that jar on the classpath. */
    static final String CASELESS_PROBE = "edu/stanford/nlp/models/lexparser/englishPCFG.caseless.ser.gz";
    private static final Map<String, String> OWN_USES = Map.of(
            "vader-lexicon", "VADER word lexicon: fallback sentence scorer and comment scorer",
            "vader-emoji-lexicon", "VADER emoji descriptions",
            "reddit-sentiment", "OpenNLP Reddit sentiment model: comment scorer",
            "sentiment-combiner", "weights combining the comment scorers");

    /** Hashes a file (through the store's cache when there is one). */
    @FunctionalInterface
    interface FileHasher {
        String sha256(Path file) throws Exception;
    }

    private RunModels() {
    }

    static List<RunStart.Model> of(Set<Layer> layers, EngineInfo engine, FileHasher hasher) {
        List<RunStart.Model> out = new ArrayList<>();
        boolean coreNlpModels = layers.contains(Layer.ENTITIES) || layers.contains(Layer.SENTIMENT);
        if (coreNlpModels) {
            for (PluginManifest.Model m : declared()) {
                out.add(new RunStart.Model(m.id(), m.coordinates(), m.sha256(), "declared",
                        "CoreNLP English models: POS tagger, NER, parser, sentiment"));
            }
            if ("true".equals(engine.settings().get("threadlens.caseless"))) {
                out.add(caseless(hasher));
            }
        }
        if (layers.contains(Layer.SENTIMENT)) {
            ModelFiles.OWN.forEach((id, resource) -> ModelFiles.resourceSha256(resource).ifPresent(sha ->
                    out.add(new RunStart.Model(id, resource.substring(1), sha, "computed", OWN_USES.get(id)))));
        }
        return out;
    }

    private static List<PluginManifest.Model> declared() {
        try {
            return PluginManifestParser.fromClasspath().models();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static RunStart.Model caseless(FileHasher hasher) {
        String coordinates = "edu.stanford.nlp:stanford-corenlp:" + BuildInfo.coreNlpVersion() + ":models-english";
        Optional<Path> jar = ModelFiles.jarHolding(CASELESS_PROBE);
        String sha = null;
        if (jar.isPresent()) {
            try {
                sha = hasher.sha256(jar.get());
            } catch (Exception e) {
                sha = null;
            }
        }
        return new RunStart.Model("corenlp-english-caseless", coordinates, sha, "computed",
                "CoreNLP caseless POS, NER and parser models, for text without case");
    }
}
