package org.threadlens.annotate.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.threadlens.annotate.Layer;

/**
 * The CoreNLP properties for a set of layers and a {@link Profile}. Only the annotators a layer needs are
 * loaded: sentences and tokens need {@code tokenize,ssplit}; parts of speech add {@code pos}; lemmas
 * {@code pos,lemma}; entities add {@code ner} (with {@code pos} in the accurate profile, and {@code lemma}
 * where NER needs it: SUTime or fine-grained types on); sentiment adds {@code pos,parse,sentiment} in the
 * profiles that parse, nothing in the fast one; syntax adds {@code pos} and, last, {@code depparse} (CoreNLP's
 * neural dependency parser with its English UD model, in every profile). User settings override the profile's. {@link #caseless} gives the variant
 * for text without case information: CoreNLP's caseless POS, NER and parser models (from the
 * {@code models-english} artifact).
 */
public final class CoreNlpProperties {
    static final String CASELESS_POS = "edu/stanford/nlp/models/pos-tagger/english-caseless-left3words-distsim.tagger";
    static final String CASELESS_NER = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.muc.7class.caseless.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";
    /** The caseless counterparts of the fast profile's two NER models. */
    static final String CASELESS_NER_TWO = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";
    static final String CASELESS_PCFG = "edu/stanford/nlp/models/lexparser/englishPCFG.caseless.ser.gz";

    private CoreNlpProperties() {
    }

    /** The profile's properties for the layers, then the overrides; tags and lemmas added where NER needs them. */
    public static Properties forLayers(Set<Layer> layers, Profile profile, Map<String, String> overrides) {
        Properties p = profile.properties(layers);
        overrides.forEach(p::setProperty);
        if ("true".equals(overrides.get("ner.useSUTime")) && !overrides.containsKey("ner.applyNumericClassifiers")) {
            p.setProperty("ner.applyNumericClassifiers", "true"); // CoreNLP runs SUTime among its numeric classifiers
        }
        List<String> annotators = new ArrayList<>(List.of(p.getProperty("annotators").split(",")));
        if (annotators.contains("ner") && nerNeedsLemma(p)) {
            for (String needed : List.of("pos", "lemma")) {
                if (!annotators.contains(needed)) {
                    annotators.add(annotators.indexOf("ner"), needed);
                }
            }
            p.setProperty("annotators", String.join(",", annotators));
            // rules are where NER can take pathological time (see Profile.RULES_MAXTIME_MS); ACCURATE is CoreNLP's own
            if (profile != Profile.ACCURATE && !overrides.containsKey("ner.maxtime")) {
                p.setProperty("ner.maxtime", Integer.toString(Profile.RULES_MAXTIME_MS));
            }
        }
        return p;
    }

    /** NER reads tags and lemmas for SUTime (with the numeric classifiers) and fine-grained types, on unless switched off. */
    private static boolean nerNeedsLemma(Properties p) {
        boolean suTime = !"false".equals(p.getProperty("ner.useSUTime")) && !"false".equals(p.getProperty("ner.applyNumericClassifiers"));
        return suTime || !"false".equals(p.getProperty("ner.applyFineGrained"));
    }

    /** The same properties with CoreNLP's caseless models for whatever the layers load. */
    public static Properties caseless(Properties cased) {
        Properties p = new Properties();
        p.putAll(cased);
        List<String> annotators = List.of(cased.getProperty("annotators").split(","));
        if (annotators.contains("pos")) {
            p.setProperty("pos.model", CASELESS_POS);
        }
        if (annotators.contains("ner")) {
            p.setProperty("ner.model", cased.containsKey("ner.model") && !cased.getProperty("ner.model").contains("muc")
                    ? CASELESS_NER_TWO : CASELESS_NER);
        }
        if (annotators.contains("parse") && !cased.containsKey("parse.model")) {
            p.setProperty("parse.model", CASELESS_PCFG);
        }
        return p;
    }

    static List<String> annotators(Set<Layer> layers, Profile profile) {
        List<String> a = new ArrayList<>(List.of("tokenize", "ssplit"));
        boolean entities = layers.contains(Layer.ENTITIES);
        boolean sentiment = layers.contains(Layer.SENTIMENT) && profile.parses();
        boolean accurate = profile == Profile.ACCURATE;
        boolean lemmas = layers.contains(Layer.LEMMAS) || (entities && accurate);
        boolean syntax = layers.contains(Layer.SYNTAX);
        if (layers.contains(Layer.POS) || lemmas || sentiment || syntax) {
            a.add("pos");
        }
        if (lemmas) {
            a.add("lemma");
        }
        if (entities) {
            a.add("ner");
        }
        if (sentiment) {
            a.add("parse");
            a.add("sentiment");
        }
        if (syntax) {
            // last: in the accurate profile, after the constituency parser, whose converted graph it replaces
            a.add("depparse");
        }
        return a;
    }
}
