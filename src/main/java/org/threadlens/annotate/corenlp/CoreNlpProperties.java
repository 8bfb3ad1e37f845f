package org.threadlens.annotate.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.threadlens.annotate.Layer;

/**
 * The CoreNLP properties for a set of layers. Only the annotators a layer needs are loaded:
 * sentences and tokens need {@code tokenize,ssplit}; entities add {@code pos,lemma,ner}; sentiment adds
 * {@code pos,parse,sentiment}.
 *
 * <p>Defaults that differ from CoreNLP's, and why:
 * <ul>
 *   <li>{@code ner.applyFineGrained=false}: fine-grained types (CITY, TITLE, ...) come from large regex
 *       lists, cost time on every comment, and are rarely wanted for thread-level questions;</li>
 *   <li>{@code parse.maxlen=80}: longer sentences (run-ons, pasted logs) cost the PCFG parser seconds each;
 *       such sentences keep tokens and entities but get no sentence sentiment;</li>
 *   <li>{@code parse.binaryTrees=true}: the sentiment model reads binarized trees.</li>
 * </ul>
 * User settings override all of these.
 */
public final class CoreNlpProperties {
    /** Sentences longer than this many tokens are not parsed. */
    public static final int DEFAULT_PARSE_MAXLEN = 80;

    private CoreNlpProperties() {
    }

    public static Properties forLayers(Set<Layer> layers, Map<String, String> overrides) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators(layers)));
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (layers.contains(Layer.ENTITIES)) {
            p.setProperty("ner.applyFineGrained", "false");
        }
        if (layers.contains(Layer.SENTIMENT)) {
            p.setProperty("parse.maxlen", Integer.toString(DEFAULT_PARSE_MAXLEN));
            p.setProperty("parse.binaryTrees", "true");
        }
        overrides.forEach(p::setProperty);
        return p;
    }

    static List<String> annotators(Set<Layer> layers) {
        List<String> a = new ArrayList<>(List.of("tokenize", "ssplit"));
        boolean entities = layers.contains(Layer.ENTITIES);
        boolean sentiment = layers.contains(Layer.SENTIMENT);
        if (entities || sentiment) {
            a.add("pos");
        }
        if (entities) {
            a.add("lemma");
            a.add("ner");
        }
        if (sentiment) {
            a.add("parse");
            a.add("sentiment");
        }
        return a;
    }
}
