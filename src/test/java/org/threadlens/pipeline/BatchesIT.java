package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.sentiment.eval.ReportedSentiment;

/**
 * {@code eval sentiment} asks the encoder (bge) on every text to measure it alone; the sentiment it then reports must be
 * the one {@code annotate} gives, where the encoder (bge) is a second opinion asked by the shipped rule.
 */
class BatchesIT {
    private static final List<String> TEXTS = List.of(
            "Thank you so much, this is wonderful!", "I love this, best thing I've read all week.",
            "This is awful and I hate it.", "What a terrible, stupid decision.", "The meeting is on Tuesday.",
            "I guess it could be worse?", "Not sure how I feel about the ending.", "lol ok",
            "Well that's one way to do it", "Congrats!! So happy for you both.");

    @Test
    void theReportedSentimentOfTheEncoderAskedAlwaysIsTheShippedOne() {
        Set<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT);
        EvalSetup setup = EvalSetup.THREADLENS;
        try (CommentAnnotator engine = new CoreNlpProvider().open(layers, setup.engineSettings())) {
            List<TextAnnotations> shipped = Batches.annotate(TEXTS, engine, setup, layers, 2, SentimentScorers.Encoder.SECOND_OPINION);
            List<TextAnnotations> always = Batches.annotate(TEXTS, engine, setup, layers, 2, SentimentScorers.Encoder.ALWAYS);
            int skipped = 0;
            for (int i = 0; i < TEXTS.size(); i++) {
                assertTrue(always.get(i).scores().containsKey("bge"), TEXTS.get(i));
                skipped += shipped.get(i).scores().containsKey("bge") ? 0 : 1;
                assertEquals(shipped.get(i).sentiment(), ReportedSentiment.of(always.get(i).scores()), TEXTS.get(i));
            }
            assertTrue(skipped > 0, "the shipped rule left the encoder (bge) out of no text: the test checks nothing");
        }
    }
}
