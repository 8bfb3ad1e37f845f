package org.threadlens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.plugin.ExtensionPoint;
import org.threadlens.plugin.PluginManifest;
import org.threadlens.plugin.PluginManifestParser;
import org.threadlens.store.RunStart;

/**
 * The models an engine uses, for the run's provenance, as plugin.xml declares them: the models the engine
 * requires, and with sentiment the scorers' files, and with the language check its model. A Maven artifact is
 * recorded with plugin.xml's checksum ({@code declared}); ThreadLens's own files are hashed from the classpath
 * ({@code computed}), and left out where the build does not ship them. CoreNLP with sentences and tokens alone
 * loads no model file; its caseless extras only when caseless text goes to them.
 */
final class RunModels {
    private static final List<String> SENTIMENT_FILES = List.of("vader-lexicon", "vader-emoji-lexicon", "opennlp-sentiment",
            "sentiment-combiner");
    private static final String LANGUAGE_MODEL = "opennlp-languages";
    private static final String CORENLP_CASELESS = "corenlp-english-extra";
    /** The shipped manifest once parsed (see {@link #manifest()}); null before. */
    /** The KBP models' id: the Wikipedia link dictionary, a model of the run only with the links layer. */
    static final String CORENLP_LINKS = "corenlp-english-kbp";
    private static volatile PluginManifest shipped;

    private RunModels() {
    }

    /** @param info the annotator's provenance (its settings say whether caseless models and the language check are on) */
    static List<RunStart.Model> of(String engine, Set<Layer> layers, EngineInfo info) {
        PluginManifest manifest = manifest();
        Set<String> ids = new LinkedHashSet<>();
        for (PluginManifest.Extension e : manifest.extensions()) {
            if (e.point() == ExtensionPoint.ANNOTATOR && e.id().equals(engine)) {
                ids.addAll(e.requiredModels());
            }
        }
        if (CoreNlpProvider.NAME.equals(engine)) {
            if (Set.of(Layer.SENTENCES, Layer.TOKENS).containsAll(layers)) {
                ids.clear();
            }
            if (!"true".equals(info.settings().get(CoreNlpProvider.CASELESS_SETTING))) {
                ids.remove(CORENLP_CASELESS);
            }
            if (!layers.contains(Layer.LINKS)) {
                ids.remove(CORENLP_LINKS);
            }
        }
        if (layers.contains(Layer.SENTIMENT)) {
            ids.addAll(SENTIMENT_FILES);
        }
        if (info.settings().containsKey(ThreadAnnotator.LANGUAGE_SETTING)) {
            ids.add(LANGUAGE_MODEL);
        }
        List<RunStart.Model> out = new ArrayList<>();
        for (PluginManifest.Model m : manifest.models()) {
            if (!ids.contains(m.id())) {
                continue;
            }
            if (m.maven() != null) {
                out.add(new RunStart.Model(m.id(), m.maven().toString(), m.sha256(), "declared", m.description()));
            } else {
                ModelFiles.resourceSha256("/" + m.probe()).ifPresent(sha ->
                        out.add(new RunStart.Model(m.id(), m.probe(), sha, "computed", m.description())));
            }
        }
        return out;
    }

    /** The shipped manifest, parsed and validated once per JVM (it is in the jar; each run needs it). */
    private static PluginManifest manifest() {
        PluginManifest m = shipped;
        if (m == null) {
            try {
                m = PluginManifestParser.fromClasspath();
            } catch (IOException e) {
                throw new UncheckedIOException("plugin.xml is unreadable", e);
            }
            shipped = m;
        }
        return m;
    }
}
