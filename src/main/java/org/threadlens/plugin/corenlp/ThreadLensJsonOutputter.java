package org.threadlens.plugin.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.ScorerSentiment;

/**
 * CoreNLP's JSON with ThreadLens's annotations added: CoreNLP's {@link JSONOutputter} writes only the
 * annotations it knows, so this outputter writes its JSON, then adds a {@code "threadlens"} object to the
 * document ({@code sentiment}: the comment's sentiment; {@code scores}: each scorer's) and to each sentence
 * ({@code quoted}, {@code scores}). Sentiments have the fields of the annotated thread record
 * ({@code label}, {@code score}, {@code distribution}, and {@code method} for the comment's). Use it with
 * {@code outputFormat=custom} and {@code customOutputter=org.threadlens.plugin.corenlp.ThreadLensJsonOutputter}, on the
 * command line or in a request to {@code StanfordCoreNLPServer}. Thread-safe.
 */
public class ThreadLensJsonOutputter extends AnnotationOutputter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void print(Annotation doc, OutputStream target, Options options) throws IOException {
        ByteArrayOutputStream coreNlp = new ByteArrayOutputStream();
        new JSONOutputter().print(doc, coreNlp, options);
        Charset charset = Charset.forName(options.encoding);
        ObjectNode root = (ObjectNode) JSON.readTree(coreNlp.toString(charset));
        root.set("threadlens", documentNode(doc));
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        JsonNode written = root.path("sentences");
        if (sentences != null && written.isArray()) {
            for (int i = 0; i < sentences.size() && i < written.size(); i++) {
                ((ObjectNode) written.get(i)).set("threadlens", sentenceNode(sentences.get(i)));
            }
        }
        String out = options.pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) : JSON.writeValueAsString(root);
        target.write(out.getBytes(charset));
        target.flush();
    }

    private static ObjectNode documentNode(Annotation doc) {
        ObjectNode n = JSON.createObjectNode();
        CommentSentiment c = doc.get(ThreadLensAnnotations.CommentSentimentAnnotation.class);
        if (c != null) {
            ObjectNode s = n.putObject("sentiment");
            s.put("label", c.label().wireName());
            s.put("score", c.score());
            array(s.putArray("distribution"), c.distribution().toArray());
            s.put("method", c.method());
        }
        Map<String, ScorerSentiment> scores = doc.get(ThreadLensAnnotations.ScoresAnnotation.class);
        ObjectNode scoreNode = n.putObject("scores");
        if (scores != null) {
            scores.values().forEach(s -> scoreNode.set(s.scorer(), scorer(s)));
        } else {
            putScore(scoreNode, doc.get(ThreadLensAnnotations.VaderSentimentAnnotation.class));
            putScore(scoreNode, doc.get(ThreadLensAnnotations.RedditSentimentAnnotation.class));
        }
        return n;
    }

    private static ObjectNode sentenceNode(CoreMap sentence) {
        ObjectNode n = JSON.createObjectNode();
        n.put("quoted", Boolean.TRUE.equals(sentence.get(ThreadLensAnnotations.QuotedAnnotation.class)));
        ObjectNode scores = n.putObject("scores");
        putScore(scores, sentence.get(ThreadLensAnnotations.VaderSentimentAnnotation.class));
        putScore(scores, sentence.get(ThreadLensAnnotations.RedditSentimentAnnotation.class));
        return n;
    }

    private static void putScore(ObjectNode scores, ScorerSentiment s) {
        if (s != null) {
            scores.set(s.scorer(), scorer(s));
        }
    }

    private static ObjectNode scorer(ScorerSentiment s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("label", s.label().wireName());
        n.put("score", s.score());
        array(n.putArray("distribution"), s.distribution().stream().mapToDouble(Double::doubleValue).toArray());
        return n;
    }

    private static void array(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }
}
