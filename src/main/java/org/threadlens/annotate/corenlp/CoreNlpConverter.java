package org.threadlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ejml.simple.SimpleMatrix;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * Translates an annotated CoreNLP document into {@link TextAnnotations}: CoreNLP's char offsets into the
 * plain text become code points of the source text through the {@link PreparedText} map; an entity's text
 * is the source's own slice, so {@code text[begin:end]} equals it even where the source escaped characters.
 * Also used by ThreadLens's annotators inside a stock CoreNLP pipeline ({@code org.threadlens.corenlp}), whose
 * offsets are already into the source: they pass {@link PreparedText#identity}. Stateless and thread-safe.
 */
public final class CoreNlpConverter {
    /** The label CoreNLP's parser gives the flat tree of a sentence it did not parse (too long, timed out). */
    private static final String UNPARSED_ROOT = "X";

    private CoreNlpConverter() {
    }

    /**
     * @param text the text CoreNLP read, mapping its char offsets to code points of the source
     * @param layers the layers to read from the document (entities and sentiment only if asked for)
     */
    public static TextAnnotations convert(Annotation doc, PreparedText text, Set<Layer> layers) {
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        if (coreSentences != null) {
            for (CoreMap s : coreSentences) {
                int index = sentences.size();
                Span span = text.toSource(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                SentenceSentiment sentiment = layers.contains(Layer.SENTIMENT) ? sentiment(s) : null;
                sentences.add(new Sentence(span.begin(), span.end(), false, sentiment));
                addTokens(s, index, text, layers.contains(Layer.SYNTAX) ? CoreNlpSyntax.of(s) : null, tokens);
                if (layers.contains(Layer.ENTITIES)) {
                    addEntities(s, index, text, entities);
                }
            }
        }
        return new TextAnnotations(layers, sentences, tokens, entities, List.of());
    }

    /** @param syntax nullable: the syntax of each of the sentence's tokens */
    private static void addTokens(CoreMap sentence, int index, PreparedText text, Syntax[] syntax, List<Token> out) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            Span span = text.toSource(t.beginPosition(), t.endPosition());
            String word = text.wordFor(t.beginPosition(), t.endPosition(), t.word());
            out.add(new Token(span.begin(), span.end(), word, t.tag(), t.lemma(), t.ner(), index,
                    syntax == null ? null : syntax[i]));
        }
    }

    private static void addEntities(CoreMap sentence, int index, PreparedText text, List<EntityMention> out) {
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        for (CoreMap m : mentions) {
            if (isPronominal(m)) {
                continue;
            }
            Span span = text.toSource(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            if (type == null) {
                type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            }
            String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            out.add(new EntityMention(text.sourceSlice(span), type, span.begin(), span.end(), index, false,
                    normalized == null || normalized.isEmpty() ? null : normalized));
        }
    }

    /**
     * Whether a mention is one of the pronouns ("he", "her") CoreNLP adds as PERSON mentions for coreference:
     * their tokens carry no entity tag. They are not named entities, so the entities layer leaves them out.
     */
    private static boolean isPronominal(CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        return tokens != null && !tokens.isEmpty() && tokens.stream().allMatch(t -> "O".equals(t.ner()));
    }

    /** The sentence's sentiment, or null where the parser gave up on it (its tree is CoreNLP's flat X tree). */
    private static SentenceSentiment sentiment(CoreMap sentence) {
        Tree parse = sentence.get(edu.stanford.nlp.trees.TreeCoreAnnotations.TreeAnnotation.class);
        Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
        if (tree == null || parse == null || UNPARSED_ROOT.equals(parse.label().value())) {
            return null;
        }
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
        double[] p = new double[5];
        for (int i = 0; i < 5; i++) {
            p[i] = predictions.get(i);
        }
        return new SentenceSentiment(SentimentLabel.ofValue(RNNCoreAnnotations.getPredictedClass(tree)),
                new SentimentDistribution(p), SentenceSentiment.CORENLP);
    }
}
