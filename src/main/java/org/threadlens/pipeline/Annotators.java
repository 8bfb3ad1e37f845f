package org.threadlens.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.record.Provenance;

/**
 * The thread annotators of a run, one per distinct set of layers it annotates with (usually one: the layers
 * asked for; another when stored threads keep layers not asked for), each opened on first need and all
 * closed together. Driving thread only.
 */
final class Annotators implements AutoCloseable {
    /** An open annotator and the provenance of its annotations. */
    record Opened(Set<Layer> layers, ThreadAnnotator annotator, Provenance provenance) {
    }

    /** Told of each annotator as it opens (the run records its engine and models). */
    @FunctionalInterface
    interface OpenListener {
        void opened(Opened opened) throws Exception;
    }

    private final AnnotationRun.AnnotatorFactory factory;
    private final String settingsHash;
    private final OpenListener listener;
    private final Map<Set<Layer>, Opened> opened = new HashMap<>();

    /** @param settingsHash the run's {@link AnnotationSettings#hash()}, carried by every record's provenance */
    Annotators(AnnotationRun.AnnotatorFactory factory, String settingsHash, OpenListener listener) {
        this.factory = factory;
        this.settingsHash = settingsHash;
        this.listener = listener;
    }

    Opened forLayers(Set<Layer> layers) throws Exception {
        Set<Layer> key = Set.copyOf(layers);
        Opened o = opened.get(key);
        if (o == null) {
            ThreadAnnotator annotator = factory.open(key);
            CommentAnnotator engine = annotator.engine();
            o = new Opened(key, annotator, new Provenance(BuildInfo.threadLensVersion(), annotator.info(),
                    Layer.toList(engine.layers()), settingsHash));
            opened.put(key, o);
            listener.opened(o);
        }
        return o;
    }

    /** Closes every engine once (a factory may hand the same engine out for several sets of layers). */
    @Override
    public void close() {
        Set<CommentAnnotator> engines = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RuntimeException> failures = new ArrayList<>();
        for (Opened o : opened.values()) {
            if (engines.add(o.annotator().engine())) {
                try {
                    o.annotator().engine().close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
