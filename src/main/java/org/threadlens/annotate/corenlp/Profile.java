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
 *   <li>{@link #FAST} (the default): no parser at all. NER with two of the three default models, without
 *       fine-grained types, numeric classifiers or SUTime (named entities only; {@code --sutime} brings
 *       normalised dates back) and without the part-of-speech tagger, which these models do not read (their
 *       tags are the same with and without it on WNUT-17 dev); parts of speech and lemmas only when asked for.
 *       Sentence sentiment comes from the parse-free sentence scorer (VADER), comment sentiment from the
 *       comment scorers, which on Reddit comments do better than CoreNLP's treebank model.</li>
 *   <li>{@link #BALANCED}: as fast, plus CoreNLP's own sentence sentiment from the shift-reduce parser
 *       ({@code englishSR}, from the models-english artifact) without dependency graphs, on the sentences
 *       whose sentiment counts: up to {@value #MAXLEN} tokens, not quoted ones, not code or URLs (those get the
 *       sentence scorer's sentiment instead).</li>
 *   <li>{@link #ACCURATE}: CoreNLP's own defaults (PCFG parser, every sentence parsed, fine-grained NER,
 *       SUTime): what a CoreNLP user gets, for those who want exactly that.</li>
 * </ul>
 */
public enum Profile {
    FAST,
    BALANCED,
    ACCURATE;

    /** Sentences longer than this many tokens are not parsed (BALANCED). */
    public static final int MAXLEN = 80;
    /**
     * Milliseconds NER may spend on one sentence where it runs rules (SUTime, the numeric classifiers,
     * fine-grained types), whose TokensRegex patterns can take pathological time on odd text. Nowhere else:
     * CoreNLP enforces a {@code *.maxtime} by building a thread pool for each text (a thread started per text
     * and annotator: with it, plain CoreNLP ran the fast profile's entities at 430 comments/s, without it at
     * 680), and the statistical annotators the profiles run are linear in a sentence's length (CRF NER, the
     * shift-reduce parser under {@link #MAXLEN}, the sentiment network over its parse). ACCURATE sets nothing:
     * CoreNLP's defaults.
     */
    public static final int RULES_MAXTIME_MS = 10_000;
    static final String SR_PARSER = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
    /**
     * The syntax layer's parser: CoreNLP's neural dependency parser with its English Universal Dependencies model
     * (CoreNLP's default, named so that every run's settings say which model drew its trees).
     */
    static final String UD_PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /**
     * Two of CoreNLP's three default NER models: the MUC 7-class model adds only times, amounts and percents,
     * which the fast profile leaves out; on WNUT-17 dev the two give the same entities (F1 0.461) 15% faster.
     */
    static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * ThreadLens's gazetteer of web-native names (sites and platforms as ORGANIZATION; software, programming
     * languages, devices and games as PRODUCT), in CoreNLP's regexner mapping format, applied inside NER by
     * CoreNLP's own TokensRegexNER ({@code ner.additional.regexner}) in the fast and balanced profiles. It may
     * overwrite the statistical models' PERSON, LOCATION, ORGANIZATION and MISC, but only where it matches a
     * whole mention ("Monty Python" stays one mention). The file is {@code models/web-names.tsv}; see its README.
     */
    public static final String WEB_NAMES = "threadlens-models/web-names.tsv";

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
        return this == BALANCED;
    }

    /** Whether CoreNLP parses for its sentence sentiment (else the sentence scorer gives every sentence's). */
    public boolean parses() {
        return this != FAST;
    }

    /** The CoreNLP properties of this profile for the layers (before the user's overrides). */
    public Properties properties(Set<Layer> layers) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", CoreNlpProperties.annotators(layers, this)));
        if (layers.contains(Layer.SYNTAX)) {
            p.setProperty("depparse.model", UD_PARSER);
        }
        if (this == ACCURATE) {
            return p;
        }
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        if (layers.contains(Layer.ENTITIES)) {
            p.setProperty("ner.model", NER_MODELS);
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.additional.regexner.mapping", WEB_NAMES);
            if (!p.getProperty("annotators").contains("pos")) {
                // NER declares that it requires tags, but these models read none: CoreNLP must not refuse to run it
                p.setProperty("enforceRequirements", "false");
            }
        }
        if (layers.contains(Layer.SENTIMENT) && parses()) {
            p.setProperty("parse.model", SR_PARSER);
            p.setProperty("parse.buildgraphs", "false");
            p.setProperty("parse.maxlen", Integer.toString(MAXLEN));
            p.setProperty("parse.binaryTrees", "true");
        }
        return p;
    }
}
