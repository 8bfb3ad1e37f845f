package org.threadlens.plugin.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.CommentSentiment;

/** ThreadLens's annotators inside a stock CoreNLP pipeline, configured by the properties file the jar ships. */
class StockCoreNlpIT {
    static final String PROPERTIES = "org/threadlens/corenlp/threadlens.properties";
    static final String COMMENT = "&gt; The launch was a total failure.\n\n"
            + "I disagree, AT&amp;T's engineers did **great** work \uD83D\uDE80 and the [video](https://example.com/v) is wonderful.";

    @TempDir
    Path dir;

    static Properties shippedProperties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = StockCoreNlpIT.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            p.load(in);
        }
        return p;
    }

    private static Annotation annotate(String text) throws IOException {
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(shippedProperties()).annotate(doc);
        return doc;
    }

    @Test
    void tokensReadThePreparedTextButPointIntoTheOriginal() throws IOException {
        Annotation doc = annotate(COMMENT);
        assertEquals(COMMENT, doc.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens) {
            assertEquals(t.originalText(), COMMENT.substring(t.beginPosition(), t.endPosition()), t.word());
        }
        CoreLabel att = tokens.stream().filter(t -> t.word().startsWith("AT&T")).findFirst().orElseThrow();
        assertEquals("AT&amp;T", att.originalText());
        CoreLabel video = tokens.stream().filter(t -> t.word().equals("video")).findFirst().orElseThrow();
        assertEquals("video", video.originalText());
        assertTrue(tokens.stream().noneMatch(t -> t.word().contains("*") || t.word().equals("gt")), "markup is not read");
        StringBuilder rebuilt = new StringBuilder(tokens.get(0).before());
        tokens.forEach(t -> rebuilt.append(t.originalText()).append(t.after()));
        assertEquals(COMMENT, rebuilt.toString(), "tokens stay invertible over the original");
    }

    @Test
    void theQuoteIsMarkedAndLeftOutOfTheCommentsSentiment() throws IOException {
        Annotation doc = annotate(COMMENT);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(2, sentences.size());
        assertEquals("The launch was a total failure.", sentences.get(0).get(CoreAnnotations.TextAnnotation.class));
        assertTrue(sentences.get(0).get(ThreadLensAnnotations.QuotedAnnotation.class));
        assertFalse(sentences.get(1).get(ThreadLensAnnotations.QuotedAnnotation.class));
        assertTrue(sentences.get(0).get(ThreadLensAnnotations.VaderSentimentAnnotation.class).score() < 0);
        assertNotNull(sentences.get(1).get(ThreadLensAnnotations.RedditSentimentAnnotation.class));
        assertEquals(List.of("corenlp", "opennlp", "vader"),
                List.copyOf(doc.get(ThreadLensAnnotations.ScoresAnnotation.class).keySet()));
        CommentSentiment c = doc.get(ThreadLensAnnotations.CommentSentimentAnnotation.class);
        assertEquals("combined", c.method());
        assertEquals("positive", c.label().wireName(), "the author's words, not the quoted failure");
    }

    @Test
    void withoutCoreNlpSentimentTheLexiconAndRedditModelAreCombined() throws IOException {
        Properties p = shippedProperties();
        p.setProperty("annotators", "threadlens_tokenize,threadlens_vader,threadlens_reddit,threadlens_sentiment");
        Annotation doc = new Annotation("This is terrible news for every sandwich in that house.");
        new StanfordCoreNLP(p).annotate(doc);
        assertEquals(List.of("opennlp", "vader"), List.copyOf(doc.get(ThreadLensAnnotations.ScoresAnnotation.class).keySet()));
        assertEquals("negative", doc.get(ThreadLensAnnotations.CommentSentimentAnnotation.class).label().wireName());
    }

    @Test
    void coreNlpsDependencyParserReadsThePreparedTokensAndTreesPointIntoTheOriginal() throws IOException {
        Properties p = shippedProperties();
        p.setProperty("annotators", "threadlens_tokenize,pos,depparse");
        Annotation doc = new Annotation(COMMENT);
        new StanfordCoreNLP(p).annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph tree = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            assertEquals(s.get(CoreAnnotations.TokensAnnotation.class).size(), tree.size(), "every token is in the tree");
            assertEquals(1, tree.getRoots().size());
        }
        SemanticGraph second = doc.get(CoreAnnotations.SentencesAnnotation.class).get(1)
                .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        IndexedWord engineers = second.vertexListSorted().stream().filter(w -> w.word().equals("engineers")).findFirst()
                .orElseThrow();
        assertEquals("nsubj", second.getParent(engineers) == null ? null
                : second.getEdge(second.getParent(engineers), engineers).getRelation().toString(), second.toString());
        assertEquals(COMMENT.indexOf("engineers"), engineers.beginPosition(), "offsets into the comment as written");
    }

    @Test
    void aMissingRequirementIsNamed() throws IOException {
        Properties p = shippedProperties();
        p.setProperty("annotators", "threadlens_tokenize,threadlens_sentiment");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StanfordCoreNLP(p));
        assertTrue(e.getMessage().startsWith("annotator \"threadlens_sentiment\" requires annotation \""), e.getMessage());
        assertTrue(e.getMessage().endsWith("usual requirements for this annotator are: "
                + "threadlens_tokenize,threadlens_vader,threadlens_reddit"), e.getMessage());
    }

    @Test
    void coreNlpsCommandLineWritesOurJson() throws Exception {
        Path comment = dir.resolve("comment.txt");
        Files.writeString(comment, COMMENT, StandardCharsets.UTF_8);
        StanfordCoreNLP.main(new String[] {"-props", PROPERTIES, "-file", comment.toString(),
            "-outputDirectory", dir.toString()});
        JsonNode json = new ObjectMapper().readTree(dir.resolve("comment.txt.json").toFile());
        assertEquals("combined", json.at("/threadlens/sentiment/method").asText());
        assertTrue(json.at("/sentences/0/threadlens/quoted").asBoolean());
        assertTrue(json.at("/sentences/1/threadlens/scores/vader/score").asDouble() > 0);
        assertEquals(COMMENT.indexOf("AT&amp;T"), json.at("/sentences/1/tokens/3/characterOffsetBegin").asInt(),
                json.at("/sentences/1/tokens").toString());
    }
}
