package org.threadlens.sentiment.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SentimentHeadTest {
    private static final int D = SentenceEncoder.DIMENSIONS;

    /** One hidden unit reading dimension 0; the output says positive as it fires, negative when it does not. */
    private static SentimentHead oneUnit() {
        double[][] hidden = new double[1][D + 1];
        hidden[0][0] = 10;
        double[][] output = {{-1, 0.5}, {0, 0}, {1, -0.5}};
        return new SentimentHead(hidden, output);
    }

    @Test
    void theHiddenUnitIsRectifiedThenReadBySoftmax() {
        float[] on = new float[D];
        on[0] = 1;
        float[] off = new float[D];
        off[0] = -1;
        assertArrayEquals(new double[] {10}, oneUnit().activations(on), 1e-12);
        assertArrayEquals(new double[] {0}, oneUnit().activations(off), 1e-12, "negative sums are cut at 0");
        double[] p = oneUnit().probabilities(on);
        assertTrue(p[2] > 0.99, "fires: positive");
        double[] q = oneUnit().probabilities(off);
        assertTrue(q[0] > q[1] && q[1] > q[2], "silent: the biases decide, negative first");
        assertEquals(1, q[0] + q[1] + q[2], 1e-12);
    }

    @Test
    void withoutHiddenUnitsItIsARegressionOverTheEmbedding() {
        double[][] output = new double[3][D + 1];
        output[2][5] = 3;
        float[] x = new float[D];
        x[5] = 1;
        SentimentHead head = new SentimentHead(new double[0][], output);
        assertEquals(D, head.activations(x).length);
        assertTrue(head.probabilities(x)[2] > 0.9);
    }

    @Test
    void weightsThatDoNotFitTheEncoderAreRefusedWithTheirShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SentimentHead(new double[][] {new double[10]}, new double[][] {{0, 0}, {0, 0}, {0, 0}}));
        assertTrue(e.getMessage().contains("hidden unit 0 has 10 weights, expected " + (D + 1)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SentimentHead(new double[0][], new double[3][5]));
    }

    @Test
    void aModelFileIsReadWithItsFormatChecked() throws IOException {
        String json = new ObjectMapper().writeValueAsString(java.util.Map.of("format", EncoderSentimentModel.FORMAT,
                "hidden", oneUnit().hidden(), "weights", oneUnit().output()));
        SentimentHead read = EncoderSentimentModel.readHead(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(oneUnit().output()[2], read.output()[2]);
        IOException wrong = assertThrows(IOException.class, () -> EncoderSentimentModel.readHead(
                new ByteArrayInputStream("{\"format\":\"other/1\"}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(wrong.getMessage().contains("expected format " + EncoderSentimentModel.FORMAT), wrong.getMessage());
    }
}
