package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.analyze.CoreNlpRollup;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.corenlp.CoreNlpConverter;
import org.threadlens.sentiment.SentimentCombiner;
import org.threadlens.text.PreparedText;

/**
 * {@code threadlens_sentiment}: the comment's (document's) sentiment, as {@code threadlens annotate} computes
 * it. It gathers the scorers' document sentiments — VADER, the word model and, when CoreNLP's
 * {@code sentiment} annotator ran, CoreNLP's sentence sentiment rolled up ({@link CoreNlpRollup}: the mean of
 * the sentences' distributions weighted by tokens, quoted sentences left out) — into
 * {@link ThreadLensAnnotations.ScoresAnnotation}, and combines them ({@link SentimentCombiner}: the regression
 * fitted for {@code opennlp+vader}; CoreNLP's roll-up is kept among the scores, not combined) into
 * {@link ThreadLensAnnotations.CommentSentimentAnnotation}. Requires {@code threadlens_vader} and
 * {@code threadlens_reddit}. No properties. Thread-safe.
 */
public class CommentSentimentAnnotator implements Annotator {
    public static final String NAME = "threadlens_sentiment";
    private static final Set<Layer> SENTIMENT_LAYERS = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
    public CommentSentimentAnnotator(String name, Properties props) {
        // no properties
    }

    @Override
    public void annotate(Annotation doc) {
        Map<String, ScorerSentiment> scores = new TreeMap<>();
        put(scores, doc.get(ThreadLensAnnotations.VaderSentimentAnnotation.class));
        put(scores, doc.get(ThreadLensAnnotations.RedditSentimentAnnotation.class));
        put(scores, coreNlpRollup(doc));
        doc.set(ThreadLensAnnotations.ScoresAnnotation.class, Collections.unmodifiableMap(scores));
        CommentSentiment combined = SentimentCombiner.standard().combine(scores);
        if (combined != null) {
            doc.set(ThreadLensAnnotations.CommentSentimentAnnotation.class, combined);
        }
    }

    private static void put(Map<String, ScorerSentiment> scores, ScorerSentiment s) {
        if (s != null) {
            scores.put(s.scorer(), s);
        }
    }

    /** CoreNLP's sentence sentiment rolled up, or null where the {@code sentiment} annotator did not run. */
    private static ScorerSentiment coreNlpRollup(Annotation doc) {
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null || coreSentences.stream()
                .noneMatch(s -> s.containsKey(SentimentCoreAnnotations.SentimentAnnotatedTree.class))) {
            return null;
        }
        // Offsets of the document are already chars of its own text: the identity map gives code points.
        TextAnnotations a = CoreNlpConverter.convert(doc,
                PreparedText.identity(doc.get(CoreAnnotations.TextAnnotation.class)), SENTIMENT_LAYERS);
        List<Sentence> marked = new ArrayList<>(a.sentences().size());
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            boolean quoted = Boolean.TRUE.equals(coreSentences.get(i).get(ThreadLensAnnotations.QuotedAnnotation.class));
            marked.add(new Sentence(s.begin(), s.end(), quoted, s.sentiment()));
        }
        return CoreNlpRollup.of(a.withSentences(marked));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                ThreadLensAnnotations.VaderSentimentAnnotation.class, ThreadLensAnnotations.RedditSentimentAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(ThreadLensAnnotations.ScoresAnnotation.class, ThreadLensAnnotations.CommentSentimentAnnotation.class);
    }

    @Override
    public Collection<String> exactRequirements() {
        return List.of(SocialTextTokenizer.NAME, VaderAnnotator.NAME, RedditSentimentAnnotator.NAME);
    }
}
