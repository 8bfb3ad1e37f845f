package org.threadlens.sentiment.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;

/** The bge sentence encoder and the shipped sentiment regression, loaded from their Maven artifact and models/. */
class SentenceEncoderIT {
    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void embeddingsHaveUnitLengthAndParaphrasesAreClose() {
        SentenceEncoder encoder = SentenceEncoder.standard();
        float[] cat = encoder.embed("The cat sat on the mat.");
        float[] kitten = encoder.embed("A kitten was sitting on the rug.");
        float[] rates = encoder.embed("Interest rates rose again this quarter.");
        assertEquals(SentenceEncoder.DIMENSIONS, cat.length);
        assertEquals(1.0, cosine(cat, cat), 1e-4);
        assertTrue(cosine(cat, kitten) > cosine(cat, rates) + 0.3, "paraphrase closer than an unrelated sentence");
    }

    @Test
    void aTextFarBeyondTheModelsLengthIsEncoded() {
        assertEquals(SentenceEncoder.DIMENSIONS, SentenceEncoder.standard().embed("so good ".repeat(2000)).length);
    }

    @Test
    void theShippedModelReadsPlainSentiment() {
        EncoderSentimentModel model = EncoderSentimentModel.standard().orElseThrow();
        assertEquals(Polarity.POSITIVE, model.score("This is wonderful, thank you so much!").polarity().argMax());
        assertEquals(Polarity.NEGATIVE, model.score("This is awful and I hate it.").polarity().argMax());
    }
}
