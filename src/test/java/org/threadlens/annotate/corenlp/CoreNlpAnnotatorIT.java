package org.threadlens.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.testkit.SpanAssertions.assertSpansHold;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.Token;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.testkit.SpanAssertions;
import org.threadlens.text.CodePoints;
import org.threadlens.text.HtmlEntities;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

class CoreNlpAnnotatorIT {

    private static TextAnnotations annotate(String source) throws Exception {
        TextAnnotations a = SharedCoreNlp.engine().annotate(
                new AnnotationInput("test", new HtmlEntities().prepare(source), 1_420_070_400L));
        assertSpansHold(source, a);
        return a;
    }

    /** One post of {@code body} through a {@code ThreadAnnotator} with VADER as the sentence scorer. */
    private static TextAnnotations annotateWithVaderFallback(CommentAnnotator engine, String body) {
        ThreadBuilder b = new ThreadBuilder("reddit", "t", new SourceRef("test", "x"));
        b.add(new Comment("t", null, CommentKind.POST, 0, null, null, null, body, Set.of()));
        ThreadAnnotator annotator = new ThreadAnnotator(engine,
                new ThreadAnnotator.Options(null, VaderSentenceScorer.standard(), true, List.of()));
        return annotator.annotate(b.build(), ForkJoinPool.commonPool()).join().comments().get("t");
    }

    /** Asserts that {@code source} yields exactly these entities as {@code TYPE:text@begin-end}. */
    private static void assertEntities(String source, String... expected) throws Exception {
        SpanAssertions.assertEntities(source, annotate(source), expected);
    }

    @Test
    void entitiesAfterNonBmpEmojiHaveCodePointOffsets() throws Exception {
        assertEntities("\uD83D\uDE80\uD83C\uDF15 Gwynne Shotwell met engineers in Houston.",
                "PERSON:Gwynne Shotwell@3-18", "LOCATION:Houston@36-43");
    }

    @Test
    void anEntityWithAnEscapedCharacterKeepsTheSourceSurface() throws Exception {
        TextAnnotations a = annotate("She worked at AT&amp;T for years before joining Google.");
        EntityMention att = a.entities().stream().filter(e -> e.text().startsWith("AT")).findFirst().orElseThrow();
        assertEquals("AT&amp;T", att.text());
        assertEquals("ORGANIZATION", att.type());
    }

    @Test
    void sentencesCarryFiveClassSentimentWithADistribution() throws Exception {
        TextAnnotations a = annotate("This movie was a terrible, boring waste of time.\n\nWhat a wonderful, delightful day!");
        assertEquals(2, a.sentences().size());
        Sentence bad = a.sentences().get(0);
        Sentence good = a.sentences().get(1);
        assertTrue(bad.sentiment().label().polarity() < 0, bad.sentiment().label().wireName());
        assertTrue(good.sentiment().label().polarity() > 0, good.sentiment().label().wireName());
        double sum = Arrays.stream(good.sentiment().distribution().toArray()).sum();
        assertEquals(1.0, sum, 1e-3);
        assertEquals(good.sentiment().label(), good.sentiment().distribution().argMax());
    }

    @Test
    void tokensCarryPartOfSpeechLemmaAndEntityTag() throws Exception {
        TextAnnotations a = annotate("Dogs were barking in London.");
        Token dogs = a.tokens().get(0);
        assertEquals("NNS", dogs.pos());
        assertEquals("dog", dogs.lemma());
        assertEquals("LOCATION", a.tokens().get(4).ner());
    }

    /** The syntax of the token whose word is {@code word}, as {@code UPOS FEATS HEAD-WORD DEPREL}. */
    private static String arc(TextAnnotations a, String word) {
        Token t = a.tokens().stream().filter(k -> k.word().equals(word)).findFirst().orElseThrow();
        List<Token> sentence = a.tokens().stream().filter(k -> k.sentence() == t.sentence()).toList();
        Syntax x = t.syntax();
        return x.upos() + " " + x.feats() + " " + (x.head() == 0 ? "ROOT" : sentence.get(x.head() - 1).word()) + " "
                + x.deprel();
    }

    @Test
    void tokensCarryAUdTreeWithCoreNlpsFeaturesAndTheUniversalTagOfTheirRelation() throws Exception {
        TextAnnotations a = annotate("NASA has selected two companies.\n\nI don't think they were picked because of cost.");
        assertEquals("AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin selected aux", arc(a, "has"));
        assertEquals("VERB Tense=Past|VerbForm=Part ROOT root", arc(a, "selected"));
        assertEquals("NOUN Number=Plur selected obj", arc(a, "companies"));
        assertEquals("AUX Mood=Ind|Tense=Past|VerbForm=Fin picked aux:pass", arc(a, "were"));
        assertEquals("PART null think advmod", arc(a, "n't"));
        for (int s = 0; s < a.sentences().size(); s++) {
            int sentence = s;
            assertEquals(1, a.tokens().stream().filter(k -> k.sentence() == sentence && k.syntax().head() == 0).count());
        }
    }

    @Test
    void aSentenceLongerThanTheParserLimitKeepsEntitiesButHasNoSentiment() throws Exception {
        String longSentence = "Barack Obama said " + "very ".repeat(Profile.MAXLEN) + "good things.";
        TextAnnotations a = annotate(longSentence);
        assertEquals(1, a.sentences().size());
        assertEquals(null, a.sentences().get(0).sentiment());
        assertEquals("Barack Obama", a.entities().get(0).text());
    }

    @Test
    void aSentenceTooLongToParseGetsTheFallbackScorersSentimentMarkedAsSuch() {
        String body = "This is a good start. Barack Obama said " + "very ".repeat(Profile.MAXLEN)
                + "terrible and awful things about it.";
        TextAnnotations a = annotateWithVaderFallback(SharedCoreNlp.engine(), body);
        assertEquals("corenlp", a.sentences().get(0).sentiment().scorer());
        assertEquals("vader", a.sentences().get(1).sentiment().scorer());
        assertTrue(a.sentences().get(1).sentiment().label().polarity() < 0);
        assertEquals("Barack Obama", a.entities().get(0).text(), "entities are kept");
    }

    @Test
    void theFastProfileFindsTheSameEntitiesWithoutTaggerOrParser() throws Exception {
        String text = "Gwynne Shotwell said SpaceX will launch from Boca Chica in Texas. NASA agreed, and so did Congress.";
        TextAnnotations fast = SharedCoreNlp.fast().annotate(new AnnotationInput("c", new HtmlEntities().prepare(text), null));
        assertEquals(annotate(text).entities(), fast.entities());
        assertTrue(fast.tokens().stream().allMatch(t -> t.pos() == null && t.lemma() == null), "no tagger, no lemmatizer");
        assertTrue(fast.sentences().stream().allMatch(s -> s.sentiment() == null), "no parse: the sentence scorer's to give");
        List<String> annotators = List.of(SharedCoreNlp.fast().info().annotators().split(","));
        assertTrue(annotators.contains("ner") && !annotators.contains("pos") && !annotators.contains("parse"), annotators.toString());
    }

    @Test
    void withTheFastProfileEverySentenceGetsTheSentenceScorersSentiment() {
        TextAnnotations a = annotateWithVaderFallback(SharedCoreNlp.fast(),
                "This launch was wonderful. The delays were awful and embarrassing.");
        assertEquals(List.of("vader", "vader"), a.sentences().stream().map(s -> s.sentiment().scorer()).toList());
        assertTrue(a.sentences().get(0).sentiment().label().polarity() > 0);
        assertTrue(a.sentences().get(1).sentiment().label().polarity() < 0);
    }

    @Test
    void relativeDatesAreAnchoredOnTheCommentsOwnDay() throws Exception {
        long june13of2015 = java.time.LocalDate.of(2015, 6, 13).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        TextAnnotations a;
        try (CommentAnnotator withSuTime = new CoreNlpProvider().open(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                Map.of("ner.useSUTime", "true"))) {
            a = withSuTime.annotate(new AnnotationInput("c", new HtmlEntities().prepare("I saw the launch yesterday."), june13of2015));
        }
        EntityMention yesterday = a.entities().stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
        assertEquals("yesterday", yesterday.text());
        assertEquals("2015-06-12", yesterday.normalized());
    }

    @Test
    void caselessTextIsReadWithTheCaselessModels() throws Exception {
        String text = "i flew from paris to new york with barack obama last week";
        TextAnnotations cased = SharedCoreNlp.engine().annotate(new AnnotationInput("c", new HtmlEntities().prepare(text), null, false));
        TextAnnotations caseless = SharedCoreNlp.engine().annotate(new AnnotationInput("c", new HtmlEntities().prepare(text), null, true));
        List<String> found = caseless.entities().stream().map(e -> e.type() + ":" + e.text()).toList();
        assertTrue(found.contains("PERSON:barack obama") && found.contains("LOCATION:paris"), found.toString());
        assertTrue(cased.entities().stream().noneMatch(e -> e.type().equals("PERSON")), cased.entities().toString());
    }

    @Test
    void blankTextHasNoAnnotationsButItsLayers() throws Exception {
        TextAnnotations a = annotate("  \n ");
        assertTrue(a.sentences().isEmpty());
        assertEquals(SharedCoreNlp.engine().layers(), a.layers());
    }
}
