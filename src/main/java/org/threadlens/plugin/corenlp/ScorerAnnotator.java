package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.ScorerSentiment;

/**
 * A ThreadLens comment scorer as a CoreNLP annotator: every sentence gets the scorer's sentiment of its text,
 * and the document the scorer's sentiment of the author's own words (quotes left out where
 * {@code threadlens_tokenize} marked them), both under one annotation key. Needs tokens and sentences.
 * Thread-safe: the scorers are.
 */
abstract class ScorerAnnotator implements Annotator {
    private final CommentScorer scorer;
    private final Class<? extends CoreAnnotation<ScorerSentiment>> key;

    ScorerAnnotator(CommentScorer scorer, Class<? extends CoreAnnotation<ScorerSentiment>> key) {
        this.scorer = scorer;
        this.key = key;
    }

    @Override
    public void annotate(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException(scorer.name() + " scorer: the document has no sentences: run "
                    + "threadlens_tokenize (or tokenize) first");
        }
        for (CoreMap sentence : sentences) {
            String text = DocumentTexts.sentence(doc, sentence);
            if (!text.isBlank()) {
                sentence.set(key, scorer.score(text));
            }
        }
        String own = DocumentTexts.ownWords(doc);
        if (!own.isBlank()) {
            doc.set(key, scorer.score(own));
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(key);
    }

    @Override
    public Collection<String> exactRequirements() {
        return List.of(SocialTextTokenizer.NAME);
    }
}
