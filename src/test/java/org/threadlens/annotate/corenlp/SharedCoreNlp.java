package org.threadlens.annotate.corenlp;

import java.util.EnumSet;
import java.util.Map;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;

/**
 * The one CoreNLP engine integration tests share: loading the models costs seconds and GBs, so it is built
 * once per JVM (failsafe runs every IT in one JVM) on first use. CoreNLP's own annotator cache means that
 * commands run in-process with the same properties reuse these models too.
 */
public final class SharedCoreNlp {
    private static CommentAnnotator engine;

    private SharedCoreNlp() {
    }

    public static synchronized CommentAnnotator engine() {
        if (engine == null) {
            engine = new CoreNlpProvider().open(EnumSet.allOf(Layer.class), Map.of());
        }
        return engine;
    }
}
