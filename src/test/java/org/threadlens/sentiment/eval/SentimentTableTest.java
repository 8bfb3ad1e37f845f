package org.threadlens.sentiment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.sentiment.SentimentCombiner;

/** The side-by-side table on tiny fake annotations, combined by the mean (a combiner with no combinations). */
class SentimentTableTest {
    private static final SentimentCombiner MEAN = new SentimentCombiner(List.of());
    private static final Map<Polarity, PolarityDistribution> SURE = Map.of(
            Polarity.NEGATIVE, new PolarityDistribution(0.8, 0.1, 0.1),
            Polarity.NEUTRAL, new PolarityDistribution(0.1, 0.8, 0.1),
            Polarity.POSITIVE, new PolarityDistribution(0.1, 0.1, 0.8));

    /** One text per gold label given; each scorer's answer for it, in the same order. */
    private static SentimentReport report(List<Polarity> gold, Map<String, List<Polarity>> answers) {
        List<SentimentSets.Labelled> items = new ArrayList<>();
        List<TextAnnotations> annotated = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            items.add(new SentimentSets.Labelled("text " + i, gold.get(i)));
            TextAnnotations a = TextAnnotations.empty(EnumSet.of(Layer.SENTIMENT));
            for (Map.Entry<String, List<Polarity>> e : answers.entrySet()) {
                a = a.withScore(ScorerSentiment.of(e.getKey(), SURE.get(e.getValue().get(i))));
            }
            annotated.add(a);
        }
        return SentimentReport.of(items, annotated, MEAN);
    }

    private static final Polarity NEG = Polarity.NEGATIVE;
    private static final Polarity NEU = Polarity.NEUTRAL;
    private static final Polarity POS = Polarity.POSITIVE;

    private static SentimentTable table() {
        Map<String, SentimentReport> bySet = new LinkedHashMap<>();
        // reddit: vader right on all three; opennlp right on two (calls the positive one neutral)
        bySet.put("reddit", report(List.of(NEG, NEU, POS),
                Map.of("vader", List.of(NEG, NEU, POS), "opennlp", List.of(NEG, NEU, NEU))));
        // tweets: vader only, wrong on the negative one
        bySet.put("tweets", report(List.of(NEG, POS), Map.of("vader", List.of(NEU, POS))));
        return new SentimentTable("threadlens", "ThreadLens", bySet);
    }

    @Test
    void rowsAreEveryScorerByNameThenTheReportedSentiment() {
        assertEquals(List.of("opennlp", "vader", SentimentReport.REPORTED), table().rows());
    }

    @Test
    void cellsAreMacroF1AndAccuracyAndADashWhereAScorerDidNotRun() {
        SentimentTable t = table();
        assertEquals("1.000 (1.000)", t.cell("vader", "reddit"));
        // opennlp: negative F1 1, neutral P 1/2 R 1 → 2/3, positive 0
        assertEquals("0.556 (0.667)", t.cell("opennlp", "reddit"));
        assertEquals("–", t.cell("opennlp", "tweets"));
        // tweets: negative F1 0, neutral 0 (one false positive), positive 1: macro 1/3
        assertEquals("0.333 (0.500)", t.cell("vader", "tweets"));
        assertEquals(2, t.size("tweets"));
    }

    @Test
    void plainTextHasATitleAHeaderWithSizesAndOneLinePerRow() {
        List<String> lines = table().format();
        assertEquals("ThreadLens (threadlens): macro-F1 (accuracy)", lines.get(0));
        assertTrue(lines.get(1).contains("reddit, n 3") && lines.get(1).contains("tweets, n 2"), lines.get(1));
        assertEquals(List.of("opennlp", "vader", "reported"),
                lines.subList(2, lines.size()).stream().map(l -> l.strip().split("\\s+")[0]).toList());
        assertTrue(lines.get(3).contains("1.000 (1.000)") && lines.get(3).endsWith("0.333 (0.500)"), lines.get(3));
    }

    @Test
    void markdownIsOneTableOfEverySetupWithSetNamesAndSizes() {
        Map<String, SentimentReport> plain = new LinkedHashMap<>();
        plain.put("reddit", report(List.of(NEG, NEU, POS), Map.of("corenlp", List.of(NEG, NEG, POS))));
        plain.put("tweets", report(List.of(NEG, POS), Map.of("corenlp", List.of(POS, POS))));
        SentimentTable other = new SentimentTable("plain", "plain CoreNLP", plain);
        List<String> md = SentimentTable.markdown(List.of(other, table()));
        assertEquals("| setup | scorer | reddit (n 3): macro-F1 (accuracy) | tweets (n 2): macro-F1 (accuracy) |", md.get(0));
        assertEquals("|---|---|---|---|", md.get(1));
        assertEquals("| plain CoreNLP (`plain`) | `corenlp` alone | 0.556 (0.667) | 0.222 (0.500) |", md.get(2));
        assertEquals("| ThreadLens (`threadlens`) | `opennlp` alone | 0.556 (0.667) | – |", md.get(4));
        // reddit's positive text: the mean of vader's positive and opennlp's neutral ties, and neutral wins ties
        assertEquals("| ThreadLens (`threadlens`) | **reported** | **0.556** (0.667) | **0.333** (0.500) |", md.get(6));
        assertEquals(7, md.size());
    }
}
