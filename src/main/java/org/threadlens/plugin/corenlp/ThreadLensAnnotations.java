package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.Map;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.text.PreparedText;

/**
 * The CoreNLP annotation keys ThreadLens's annotators set. Values are ThreadLens's own immutable records
 * (the types of the annotated thread record), so that Java users read the same objects in both worlds.
 */
public final class ThreadLensAnnotations {
    private ThreadLensAnnotations() {
    }

    /**
     * Document: the prepared text CoreNLP read ({@link PreparedText#plain()}) and its map back to the document's
     * text, set by {@code threadlens_tokenize}.
     */
    public static final class PreparedTextAnnotation implements CoreAnnotation<PreparedText> {
        @Override
        public Class<PreparedText> getType() {
            return PreparedText.class;
        }
    }

    /** Sentence: whether it lies (mostly) inside a quotation of someone else's words; set by {@code threadlens_tokenize}. */
    public static final class QuotedAnnotation implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /**
     * Sentence and document: VADER's sentiment ({@code scorer} {@code vader}); for the document, of the author's
     * own words (quotes left out). Set by {@code threadlens_vader}.
     */
    public static final class VaderSentimentAnnotation implements CoreAnnotation<ScorerSentiment> {
        @Override
        public Class<ScorerSentiment> getType() {
            return ScorerSentiment.class;
        }
    }

    /** Sentence and document: the word sentiment model's sentiment ({@code scorer} {@code opennlp}); set by {@code threadlens_reddit}. */
    public static final class RedditSentimentAnnotation implements CoreAnnotation<ScorerSentiment> {
        @Override
        public Class<ScorerSentiment> getType() {
            return ScorerSentiment.class;
        }
    }

    /**
     * Document: every scorer's sentiment of the comment by scorer name ({@code vader}, {@code opennlp}, and
     * {@code corenlp} — CoreNLP's sentence sentiment rolled up — when {@code sentiment} ran). Set by
     * {@code threadlens_sentiment}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final class ScoresAnnotation implements CoreAnnotation<Map<String, ScorerSentiment>> {
        @Override
        public Class<Map<String, ScorerSentiment>> getType() {
            return (Class) Map.class;
        }
    }

    /** Document: the comment's sentiment, the combination of {@link ScoresAnnotation}; set by {@code threadlens_sentiment}. */
    public static final class CommentSentimentAnnotation implements CoreAnnotation<CommentSentiment> {
        @Override
        public Class<CommentSentiment> getType() {
            return CommentSentiment.class;
        }
    }
}
