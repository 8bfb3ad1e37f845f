package org.threadlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.record.Records;
import org.threadlens.text.CodePoints;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;

/** The annotation policy, with a model-free engine: markup layers, quotes, fallback sentiment. */
class ThreadAnnotatorTest {
    private static final SentenceScorer FALLBACK = new SentenceScorer() {
        @Override
        public String name() {
            return "lexicon";
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public SentenceSentiment score(String plainSentence) {
            return new SentenceSentiment(SentimentLabel.NEGATIVE, new SentimentDistribution(0, 1, 0, 0, 0), name());
        }
    };

    /** A comment scorer that always gives one distribution and remembers every text it read. */
    private static final class FixedScorer implements CommentScorer {
        private final String name;
        private final PolarityDistribution answer;
        private final List<String> read = new java.util.concurrent.CopyOnWriteArrayList<>();

        FixedScorer(String name, double negative, double neutral, double positive) {
            this.name = name;
            this.answer = PolarityDistribution.ofWeights(negative, neutral, positive);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "test";
        }

        @Override
        public ScorerSentiment score(String plainText) {
            read.add(plainText);
            return ScorerSentiment.of(name, answer);
        }
    }

    private static TextAnnotations scoredBy(String body, List<CommentScorer> scorers) {
        DiscussionThread t = Comments.thread("t", post("t", body));
        return new ThreadAnnotator(new FakeAnnotator(Records.ALL), new ThreadAnnotator.Options(null, null, true, scorers))
                .annotate(t, Runnable::run).join().comments().get("t");
    }

    private static ThreadAnnotations annotate(DiscussionThread t, SentenceScorer fallback) {
        return new ThreadAnnotator(new FakeAnnotator(Records.ALL), new ThreadAnnotator.Options(null, fallback, true, List.of()))
                .annotate(t, ForkJoinPool.commonPool()).join();
    }

    private static TextAnnotations annotate(String body) {
        return annotate(Comments.thread("t", post("t", body)), null).comments().get("t");
    }

    @Test
    void sentencesAndEntitiesInsideAQuoteAreMarkedQuoted() {
        String body = "&gt; Ask Sam Altman about it.\n\nWhy would Ilya say that?";
        TextAnnotations a = annotate(body);
        assertEquals(List.of(true, false), a.sentences().stream().map(Sentence::quoted).toList());
        assertEquals(1, a.quotes().size());
        assertEquals("Ask Sam Altman about it.", CodePoints.slice(body, a.quotes().get(0).begin(), a.quotes().get(0).end()));
        EntityMention sam = a.entities().stream().filter(e -> e.text().equals("Sam")).findFirst().orElseThrow();
        EntityMention ilya = a.entities().stream().filter(e -> e.text().equals("Ilya")).findFirst().orElseThrow();
        assertTrue(sam.quoted());
        assertFalse(ilya.quoted());
    }

    @Test
    void mentionsBecomeUserAndCommunityEntitiesCoveringTheWholeMention() {
        String body = "Thanks to u/spez and all of r/MachineLearning for this.";
        TextAnnotations a = annotate(body);
        List<String> entities = a.entities().stream().map(e -> e.type() + ":" + e.text()).toList();
        assertEquals(List.of("USER:u/spez", "COMMUNITY:r/MachineLearning"), entities);
        assertEquals("MachineLearning", a.entities().get(1).normalized());
    }

    @Test
    void aSentenceOfOnlyUrlsIsNotScored() {
        TextAnnotations a = annotate("This is great.\n\nhttps://example.com/a https://example.org/b");
        assertEquals(2, a.sentences().size());
        assertEquals(SentimentLabel.POSITIVE, a.sentences().get(0).sentiment().label());
        assertNull(a.sentences().get(1).sentiment());
        assertEquals("https://example.com/a", a.tokens().stream().filter(t -> t.sentence() == 1).findFirst().orElseThrow().word());
    }

    @Test
    void quotesAreTracedToTheNearestAncestorTheyRepeat() {
        DiscussionThread t = Comments.thread("t", post("t", "Scaling will keep leading to improvements."),
                reply("a", "t", "I doubt that scaling alone is enough here."),
                reply("b", "a", "&gt; scaling alone is enough\n\nIt is not.\n\n&gt; Scaling will keep leading to improvements\n\nSure."),
                reply("c", "b", "&gt; words nobody in this thread wrote at all\n\nOk."));
        ThreadAnnotations a = annotate(t, null);
        assertEquals(List.of("a", "t"), a.comments().get("b").quotes().stream().map(Quote::sourceId).toList());
        assertNull(a.comments().get("c").quotes().get(0).sourceId());
    }

    @Test
    void theTitleCountsAsThePostsWords() {
        DiscussionThread t = Comments.thread("t", post("t", "Body text."), reply("a", "t", "&gt; A title\n\nwhy that title"));
        // the title "A title" is shorter than the minimum quote length: not attributed
        assertNull(annotate(t, null).comments().get("a").quotes().get(0).sourceId());
    }

    @Test
    void identicalTextsAreAnnotatedOnceAndGetTheSameAnnotations() {
        FakeAnnotator engine = new FakeAnnotator(Records.ALL);
        ThreadAnnotator annotator = new ThreadAnnotator(engine, ThreadAnnotator.Options.defaults());
        DiscussionThread t = Comments.thread("t", post("t", "Original post."), reply("a", "t", "This."), reply("b", "t", "This."),
                reply("c", "b", "This."));
        ThreadAnnotations a = annotator.annotate(t, Runnable::run).join(); // one at a time: no race to the cache
        assertEquals(3, engine.calls(), "title, post, and one of the three identical replies");
        assertEquals(a.comments().get("a"), a.comments().get("c"));
        assertEquals(2, annotator.cacheCounts()[0]);
    }

    @Test
    void sentencesTheEngineLeftUnscoredGetTheFallbackMarkedWithItsName() {
        DiscussionThread t = Comments.thread("t", post("t", "The engine scores this. But not this one NOSENTIMENT here."));
        TextAnnotations a = annotate(t, FALLBACK).comments().get("t");
        assertEquals("corenlp", a.sentences().get(0).sentiment().scorer());
        assertEquals("lexicon", a.sentences().get(1).sentiment().scorer());
    }

    @Test
    void aSecondOpinionIsAskedOnlyWhereTheGateIsUnsure() {
        String body = "I think Alice is right. Nothing more.";
        FixedScorer costly = new FixedScorer("costly", 0, 0, 1);

        TextAnnotations sure = scoredBy(body, List.of(new FixedScorer("gate", 0.1, 0.1, 0.8), new SecondOpinion(costly, new SecondOpinion.Rule("gate", 0.7))));
        assertEquals(List.of(), costly.read, "the gate is 0.8 sure: no second opinion");
        assertEquals(java.util.Set.of("gate"), sure.scores().keySet());

        TextAnnotations unsure = scoredBy(body, List.of(new FixedScorer("gate", 0.3, 0.3, 0.4), new SecondOpinion(costly, new SecondOpinion.Rule("gate", 0.7))));
        assertEquals(List.of("A title", body), costly.read, "asked for the title and the comment; not for the sentence naming Alice");
        assertEquals(java.util.Set.of("costly", "gate"), unsure.scores().keySet());
        assertEquals(java.util.Set.of("gate"), unsure.sentences().get(0).scores().keySet());
    }
}
