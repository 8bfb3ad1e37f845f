package org.threadlens.annotate.corenlp;

import java.util.EnumSet;
import java.util.Map;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;

/**
 * The CoreNLP engines integration tests share: loading the models costs seconds and GBs, so each is built
 * once per JVM (failsafe runs every IT in one JVM) on first use. CoreNLP's own annotator cache means that
 * commands run in-process with the same properties reuse these models too.
 */
public final class SharedCoreNlp {
    private static CommentAnnotator engine;
    private static CommentAnnotator fast;

    private SharedCoreNlp() {
    }

    /** Every layer, with the balanced profile: CoreNLP's own sentence sentiment, parts of speech, lemmas. */
    public static synchronized CommentAnnotator engine() {
        if (engine == null) {
            engine = new CoreNlpProvider().open(EnumSet.allOf(Layer.class),
                    Map.of(CoreNlpProvider.PROFILE_SETTING, Profile.BALANCED.wireName()));
        }
        return engine;
    }

    /** What {@code annotate} runs by default: the fast profile's default layers. */
    public static synchronized CommentAnnotator fast() {
        if (fast == null) {
            CoreNlpProvider provider = new CoreNlpProvider();
            fast = provider.open(provider.defaultLayers(), Map.of());
        }
        return fast;
    }
}
