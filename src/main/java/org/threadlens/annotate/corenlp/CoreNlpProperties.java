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
 *   <li>{@code parse.maxlen=80}: longer sentences (run-ons, pasted logs) cost the PCFG parser seconds each;</li>
 *   <li>{@code parse.maxtime}, {@code ner.maxtime}, {@code sentiment.maxtime} (milliseconds per sentence):
 *       no pathological sentence stalls a run. A sentence the parser skips or gives up on keeps its tokens
 *       and entities; its sentiment comes from the fallback scorer, marked with that scorer's name;</li>
 *   <li>{@code parse.binaryTrees=true}: the sentiment model reads binarized trees.</li>
 * </ul>
 * User settings override all of these. {@link #caseless} gives the variant for text without case
 * information: CoreNLP's caseless POS, NER and parser models (from the {@code models-english} artifact).
 */
public final class CoreNlpProperties {
    /** Sentences longer than this many tokens are not parsed. */
    public static final int DEFAULT_PARSE_MAXLEN = 80;
    /** Milliseconds an annotator may spend on one sentence. */
    public static final int DEFAULT_MAXTIME_MS = 10_000;

    static final String CASELESS_POS = "edu/stanford/nlp/models/pos-tagger/english-caseless-left3words-distsim.tagger";
    static final String CASELESS_NER = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.muc.7class.caseless.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";
    static final String CASELESS_PARSER = "edu/stanford/nlp/models/lexparser/englishPCFG.caseless.ser.gz";

    private CoreNlpProperties() {
    }

    /**
     * The properties for the layers: ThreadLens's defaults (above), or with {@code corenlpDefaults} CoreNLP's
     * own (only the annotator list is set), then the overrides.
     */
    public static Properties forLayers(Set<Layer> layers, Map<String, String> overrides, boolean corenlpDefaults) {
        if (!corenlpDefaults) {
            return forLayers(layers, overrides);
        }
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators(layers)));
        overrides.forEach(p::setProperty);
        return p;
    }

    public static Properties forLayers(Set<Layer> layers, Map<String, String> overrides) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators(layers)));
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (layers.contains(Layer.ENTITIES)) {
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.maxtime", Integer.toString(DEFAULT_MAXTIME_MS));
        }
        if (layers.contains(Layer.SENTIMENT)) {
            p.setProperty("parse.maxlen", Integer.toString(DEFAULT_PARSE_MAXLEN));
            p.setProperty("parse.maxtime", Integer.toString(DEFAULT_MAXTIME_MS));
            p.setProperty("sentiment.maxtime", Integer.toString(DEFAULT_MAXTIME_MS));
            p.setProperty("parse.binaryTrees", "true");
        }
        overrides.forEach(p::setProperty);
        return p;
    }

    /** The same properties with CoreNLP's caseless models for whatever the layers load. */
    public static Properties caseless(Properties cased) {
        Properties p = new Properties();
        p.putAll(cased);
        String annotators = cased.getProperty("annotators");
        if (annotators.contains("pos")) {
            p.setProperty("pos.model", CASELESS_POS);
        }
        if (annotators.contains("ner")) {
            p.setProperty("ner.model", CASELESS_NER);
        }
        if (annotators.contains("parse") && !cased.containsKey("parse.model")) {
            p.setProperty("parse.model", CASELESS_PARSER);
        }
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
