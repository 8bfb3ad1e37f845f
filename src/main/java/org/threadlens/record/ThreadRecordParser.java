package org.threadlens.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.Quote;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.json.JsonLimits;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadFlag;
import org.threadlens.thread.Unfetched;

/**
 * Parses JSON records of schema {@value ThreadRecordWriter#SCHEMA} back into {@link AnnotatedThread}s:
 * the inverse of {@link ThreadRecordWriter} (a record without tokens parses with an empty token layer).
 * The summary is derived data: it is computed again from the parsed annotations rather than read, so that
 * a record always carries the summary of its own annotations.
 * Records are read with the readers' shared mapper ({@link JsonLimits#MAPPER}) and its limits: nesting depth,
 * string and number length, duplicate keys. A sentence sentiment is read as written, its label unchecked
 * against its distribution ({@link SentenceSentiment#asRecorded}): files written before that rule still load,
 * with the labels they hold. Fields added to the schema since its first records (an entity mention's
 * {@code entity}, {@code link} and {@code ambiguous}) may be absent: they read as null and empty. A token's syntax
 * is read where it has one: {@code upos}, {@code head} and {@code deprel} together, {@code feats} optional; a token
 * with some of them but not all is refused, naming the missing field. Thread-safe.
 */
public final class ThreadRecordParser {
    private final boolean rollUps;

    /** A parser whose records carry their whole summary. */
    public ThreadRecordParser() {
        this(true);
    }

    /**
     * @param rollUps whether the summary computed again has its roll-ups (by author, depth, time, subtree); without
     *                them parsing costs about a fifth less, for callers that keep none (the store)
     */
    public ThreadRecordParser(boolean rollUps) {
        this.rollUps = rollUps;
    }

    /**
     * @throws RecordFormatException naming the thread (when known) and what was expected
     */
    public AnnotatedThread parse(String json) throws RecordFormatException {
        JsonNode root;
        try {
            root = JsonLimits.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RecordFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        String id = root.path("id").asText("?");
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new RecordFormatException("thread " + id + ": " + e.getMessage(), e);
        }
    }

    private AnnotatedThread parse(JsonNode r) {
        String schema = text(r, "schema");
        if (!ThreadRecordWriter.SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema is '" + schema + "', expected " + ThreadRecordWriter.SCHEMA);
        }
        List<Comment> comments = new ArrayList<>();
        Map<String, TextAnnotations> annotations = new HashMap<>();
        for (JsonNode c : r.path("comments")) {
            Comment comment = comment(c);
            comments.add(comment);
            if (c.hasNonNull("annotations")) {
                annotations.put(comment.id(), annotations(c.get("annotations")));
            }
        }
        Set<ThreadFlag> flags = EnumSet.noneOf(ThreadFlag.class);
        r.path("flags").forEach(f -> flags.add(ThreadFlag.fromWireName(f.asText())));
        JsonNode source = required(r, "source");
        DiscussionThread thread = new DiscussionThread(text(r, "platform"), text(r, "id"), optText(r, "community"),
                optText(r, "title"), optText(r, "url"), optLong(r, "createdUtc"),
                new SourceRef(text(source, "format"), text(source, "file")),
                r.hasNonNull("declaredComments") ? r.get("declaredComments").intValue() : null,
                r.hasNonNull("unfetched") ? new Unfetched(r.get("unfetched").path("stubs").intValue(),
                        r.get("unfetched").path("comments").intValue()) : null,
                comments, flags);
        TextAnnotations title = r.hasNonNull("titleAnnotations") ? annotations(r.get("titleAnnotations")) : null;
        ThreadSummary summary = r.hasNonNull("summary") && !annotations.isEmpty()
                ? ThreadSummarizer.summarize(new ThreadAnnotations(thread, title, annotations, List.of()), rollUps) : null;
        return new AnnotatedThread(thread, title, annotations, summary, provenance(required(r, "provenance")));
    }

    private static Comment comment(JsonNode c) {
        Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
        c.path("flags").forEach(f -> flags.add(CommentFlag.fromWireName(f.asText())));
        return new Comment(text(c, "id"), optText(c, "parentId"), CommentKind.fromWireName(text(c, "kind")),
                required(c, "depth").intValue(), optText(c, "author"),
                c.hasNonNull("score") ? c.get("score").intValue() : null, optLong(c, "createdUtc"),
                text(c, "text"), flags);
    }

    private static TextAnnotations annotations(JsonNode a) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        a.path("layers").forEach(l -> layers.add(Layer.fromWireName(l.asText())));
        List<Sentence> sentences = list(a.path("sentences"), s -> new Sentence(s.get("begin").intValue(),
                s.get("end").intValue(), s.path("quoted").booleanValue(),
                s.hasNonNull("sentiment") ? SentenceSentiment.asRecorded(label(s.get("sentiment")),
                        distribution(s.get("sentiment")), text(s.get("sentiment"), "scorer")) : null,
                scores(s.path("scores"))));
        List<Token> tokens = list(a.path("tokens"), ThreadRecordParser::token);
        List<EntityMention> entities = list(a.path("entities"), e -> new EntityMention(text(e, "text"), text(e, "type"),
                e.get("begin").intValue(), e.get("end").intValue(), e.get("sentence").intValue(),
                e.path("quoted").booleanValue(), optText(e, "normalized"), optText(e, "entity"), optText(e, "link"),
                strings(e.path("ambiguous"), "ambiguous")));
        List<Quote> quotes = list(a.path("quotes"), q -> new Quote(q.get("begin").intValue(), q.get("end").intValue(),
                optText(q, "sourceId")));
        Map<String, ScorerSentiment> scores = scores(a.path("scores"));
        JsonNode s = a.path("sentiment");
        CommentSentiment sentiment = s.isObject() ? new CommentSentiment(Polarity.fromWireName(text(s, "label")),
                s.get("score").doubleValue(), polarityDistribution(s), text(s, "method")) : null;
        return new TextAnnotations(layers, sentences, tokens, entities, quotes, scores, sentiment, optText(a, "language"));
    }

    private static Token token(JsonNode t) {
        String word = text(t, "word");
        int begin = t.get("begin").intValue();
        Syntax syntax;
        try {
            syntax = syntax(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("token '" + word + "' at " + begin + ": " + e.getMessage(), e);
        }
        return new Token(begin, t.get("end").intValue(), word, optText(t, "pos"), optText(t, "lemma"),
                optText(t, "ner"), t.get("sentence").intValue(), syntax);
    }

    /** The token's syntax; null where it has none of its fields (the syntax layer did not run). */
    private static Syntax syntax(JsonNode t) {
        if (!t.hasNonNull("upos") && !t.hasNonNull("feats") && !t.hasNonNull("head") && !t.hasNonNull("deprel")) {
            return null;
        }
        return new Syntax(text(t, "upos"), optText(t, "feats"), integer(t, "head"), text(t, "deprel"));
    }

    private static Map<String, ScorerSentiment> scores(JsonNode node) {
        Map<String, ScorerSentiment> scores = new HashMap<>();
        node.fields().forEachRemaining(e -> scores.put(e.getKey(), scorerSentiment(e.getKey(), e.getValue())));
        return scores;
    }

    private static ScorerSentiment scorerSentiment(String name, JsonNode s) {
        List<Double> values = list(required(s, "distribution"), JsonNode::doubleValue);
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        PolarityDistribution polarity = v.length == 5 ? PolarityDistribution.of(new SentimentDistribution(v))
                : new PolarityDistribution(v[0], v[1], v[2]);
        return new ScorerSentiment(name, label(s), s.get("score").doubleValue(), values, polarity);
    }

    private static PolarityDistribution polarityDistribution(JsonNode n) {
        JsonNode d = required(n, "distribution");
        return new PolarityDistribution(d.get(0).doubleValue(), d.get(1).doubleValue(), d.get(2).doubleValue());
    }

    private static Provenance provenance(JsonNode p) {
        EngineInfo engine = null;
        if (p.hasNonNull("engine")) {
            String name = text(p, "engine");
            TreeMap<String, String> settings = new TreeMap<>();
            p.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
            engine = new EngineInfo(name, text(p, name), text(p, "annotators"), settings);
        }
        String layers = p.path("layers").asText("");
        Provenance.layerSet(layers); // the store keeps them as layers: an unknown name is refused here, named
        return new Provenance(text(p, "threadlens"), engine, layers, optText(p, "settingsHash"));
    }

    private static SentimentLabel label(JsonNode n) {
        return SentimentLabel.fromWireName(text(n, "label"));
    }

    private static SentimentDistribution distribution(JsonNode n) {
        JsonNode d = required(n, "distribution");
        double[] p = new double[d.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = d.get(i).doubleValue();
        }
        return new SentimentDistribution(p);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>(array.size());
        array.forEach(n -> out.add(f.apply(n)));
        return out;
    }

    /** The strings of an array field; empty where the field is absent (records written before it existed). */
    private static List<String> strings(JsonNode array, String field) {
        if (!array.isArray() && !array.isMissingNode() && !array.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is " + array.getNodeType() + ", expected an array");
        }
        return list(array, v -> {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("field '" + field + "' holds " + v.getNodeType() + ", expected strings");
            }
            return v.textValue();
        });
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is " + v.getNodeType() + ", expected a string");
        }
        return v.textValue();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = required(n, field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' is " + v + ", expected an integer");
        }
        return v.asInt();
    }

    private static String optText(JsonNode n, String field) {
        return n.hasNonNull(field) ? text(n, field) : null;
    }

    private static Long optLong(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).longValue() : null;
    }
}
