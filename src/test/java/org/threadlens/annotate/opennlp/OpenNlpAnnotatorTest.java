package org.threadlens.annotate.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.testkit.SpanAssertions.sentenceTexts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.CodePoints;
import org.threadlens.text.RedditMarkdown;

/** The light engine over OpenNLP's small English models (1.5 MB, loaded in a fraction of a second). */
class OpenNlpAnnotatorTest {
    private static final OpenNlpAnnotator ENGINE = (OpenNlpAnnotator)
            new OpenNlpProvider().open(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.SENTIMENT), Map.of());

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private static TextAnnotations annotate(String redditBody) {
        return ENGINE.annotate(new AnnotationInput("c", new RedditMarkdown().prepare(redditBody), null));
    }

    @Test
    void sentencesEndAtBlankLinesAndAtSentenceBoundaries() {
        String body = "I don't think SpaceX lands first. What do you think?\n\nNew paragraph without a stop";
        assertEquals(List.of("I don't think SpaceX lands first.", "What do you think?", "New paragraph without a stop"),
                sentenceTexts(body, annotate(body)));
    }

    @Test
    void tokensAreCodePointSpansOfTheSourceWithUniversalPosTags() {
        String body = "\uD83D\uDE80 AT&amp;T is **great** news";
        TextAnnotations a = annotate(body);
        List<String> slices = a.tokens().stream().map(t -> CodePoints.slice(body, t.begin(), t.end())).toList();
        assertTrue(slices.contains("AT&amp;T"), slices.toString());
        Token great = a.tokens().stream().filter(t -> t.word().equals("great")).findFirst().orElseThrow();
        assertEquals("great", CodePoints.slice(body, great.begin(), great.end()));
        assertEquals("ADJ", great.pos());
        assertNull(great.lemma());
        assertNull(great.ner());
    }

    @Test
    void contractionsStayWholeAndKeepTheirUniversalTag() {
        Token dont = annotate("I don't know.").tokens().get(1);
        assertEquals("don't", dont.word());
        assertEquals("AUX+PART", dont.pos());
    }

    @Test
    void sentencesCarryVaderSentimentMarkedAsSuch() {
        TextAnnotations a = annotate("What a wonderful, delightful day!\n\nThis is a terrible, awful waste.");
        List<Sentence> s = a.sentences();
        assertEquals("vader", s.get(0).sentiment().scorer());
        assertTrue(s.get(0).sentiment().label().polarity() > 0);
        assertTrue(s.get(1).sentiment().label().polarity() < 0);
        assertTrue(a.entities().isEmpty());
    }

    @Test
    void blankTextHasNoSentences() {
        assertTrue(annotate("  \n\n ").sentences().isEmpty());
    }

    @Test
    void itsProvenanceNamesOpenNlpAndItsModels() {
        assertEquals("opennlp", ENGINE.info().engine());
        assertEquals("sentdetect,tokenize,pos,vader", ENGINE.info().annotators());
        assertEquals(OpenNlpModels.POS, ENGINE.info().settings().get("pos.model"));
        assertEquals("ud", ENGINE.info().settings().get("pos.tagset"));
    }

    @Test
    void entitiesAndSettingsAreRefusedNamingWhatItDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpenNlpProvider().open(EnumSet.of(Layer.SENTENCES, Layer.ENTITIES), Map.of()));
        assertEquals("the opennlp engine cannot produce entities: it produces sentences,tokens,pos,sentiment "
                + "(use --engine corenlp for entities)", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new OpenNlpProvider().open(EnumSet.of(Layer.SENTENCES), Map.of("parse.maxlen", "60")));
    }
}
