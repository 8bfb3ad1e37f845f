package org.threadlens.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;

/**
 * "What does this thread think of X": the sentiment of the unquoted sentences that mention X, each sentence
 * counted once however often it names X, a sentence's sentiment being {@link MentionSentiment#of(Sentence)}.
 * Not thread-safe.
 */
final class EntitySentiment {
    private final Map<String, CommentSentiment> bySentence = new LinkedHashMap<>();

    void add(String commentId, int sentenceIndex, TextAnnotations ta) {
        String key = commentId + "#" + sentenceIndex;
        if (bySentence.containsKey(key) || sentenceIndex >= ta.sentences().size()) {
            return;
        }
        CommentSentiment s = MentionSentiment.of(ta.sentences().get(sentenceIndex));
        if (s != null) {
            bySentence.put(key, s);
        }
    }

    void absorb(EntitySentiment other) {
        other.bySentence.forEach(bySentence::putIfAbsent);
    }

    SentimentSummary summary() {
        SentimentStats stats = new SentimentStats();
        bySentence.values().forEach(s -> stats.add(s, 1));
        return stats.summary();
    }
}
