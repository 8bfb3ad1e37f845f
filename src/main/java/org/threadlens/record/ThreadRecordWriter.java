package org.threadlens.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Quote;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/**
 * Writes {@link AnnotatedThread}s as JSON records of schema {@value #SCHEMA}, one object per call.
 * Keys of absent values are written with {@code null} so that every record has the same columns; lists that are
 * usually empty and only say something when they are not (a text's {@code language}, a sentence's {@code scores}, an
 * entity mention's {@code ambiguous}) are left out when empty, and so is a token's syntax ({@code upos}, {@code feats},
 * {@code head}, {@code deprel}: the four where the token has syntax, {@code feats} null where it has no features;
 * none where the syntax layer did not run).
 * Thread-safe (holds only immutable options).
 */
public final class ThreadRecordWriter {
    public static final String SCHEMA = "threadlens/1";
    static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(new LineSeparatorEscapes()).build();

    private final boolean includeTokens;

    /** @param includeTokens whether comments carry their token layer (large: about 60 bytes per token) */
    public ThreadRecordWriter(boolean includeTokens) {
        this.includeTokens = includeTokens;
    }

    /** The record as one line of JSON (no line break inside, none at the end). */
    public String toJson(AnnotatedThread record) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(record, g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /** A summary alone as one line of JSON: the record's {@code "summary"} value (the store's summary column). */
    public String summaryToJson(ThreadSummary summary) {
        return SummaryJson.toJson(summary);
    }

    /** Writes the record followed by a newline, streaming (see {@link #writeTo}). */
    public void writeLine(AnnotatedThread record, Writer out) throws IOException {
        writeTo(record, out);
        out.write('\n');
    }

    /**
     * Writes the record as one line of JSON (no line break) into {@code out} as it goes, never holding the
     * whole record as a string: for a thread of 20,000 comments with tokens that string and its copies took
     * a few hundred MB (soak run). {@code out} is flushed, not closed.
     */
    public void writeTo(AnnotatedThread record, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(record, g);
        }
    }

    public void write(AnnotatedThread r, JsonGenerator g) throws IOException {
        DiscussionThread t = r.thread();
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("platform", t.platform());
        g.writeStringField("id", t.id());
        g.writeStringField("community", t.community());
        g.writeStringField("title", t.title());
        g.writeStringField("url", t.url());
        JsonFields.nullableLong(g, "createdUtc", t.createdUtc());
        g.writeObjectFieldStart("source");
        g.writeStringField("format", t.source().format());
        g.writeStringField("file", t.source().file());
        g.writeEndObject();
        JsonFields.nullableLong(g, "declaredComments", t.declaredCommentCount() == null ? null : t.declaredCommentCount().longValue());
        g.writeFieldName("unfetched");
        if (t.unfetched() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("stubs", t.unfetched().stubs());
            g.writeNumberField("comments", t.unfetched().comments());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("flags");
        for (ThreadFlag f : t.flags()) {
            g.writeString(f.wireName());
        }
        g.writeEndArray();
        if (r.isAnnotated()) {
            g.writeFieldName("titleAnnotations");
            writeAnnotations(r.title(), g);
        }
        g.writeArrayFieldStart("comments");
        for (Comment c : t.comments()) {
            writeComment(c, r.annotationsOf(c), g);
        }
        g.writeEndArray();
        if (r.summary() != null) {
            SummaryJson.write(r.summary(), g);
        }
        writeProvenance(r.provenance(), g);
        g.writeEndObject();
    }

    private void writeComment(Comment c, TextAnnotations a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("parentId", c.parentId());
        g.writeStringField("kind", c.kind().wireName());
        g.writeNumberField("depth", c.depth());
        g.writeStringField("author", c.author());
        JsonFields.nullableLong(g, "score", c.score() == null ? null : c.score().longValue());
        JsonFields.nullableLong(g, "createdUtc", c.createdUtc());
        g.writeStringField("text", c.text());
        g.writeArrayFieldStart("flags");
        for (CommentFlag f : CommentFlag.values()) {
            if (c.has(f)) {
                g.writeString(f.wireName());
            }
        }
        g.writeEndArray();
        if (a != null) {
            g.writeFieldName("annotations");
            writeAnnotations(a, g);
        }
        g.writeEndObject();
    }

    private void writeAnnotations(TextAnnotations a, JsonGenerator g) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeArrayFieldStart("layers");
        for (Layer l : Layer.values()) {
            if (a.has(l)) {
                g.writeString(l.wireName());
            }
        }
        g.writeEndArray();
        if (a.language() != null) {
            g.writeStringField("language", a.language());
        }
        g.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            g.writeStartObject();
            g.writeNumberField("begin", s.begin());
            g.writeNumberField("end", s.end());
            g.writeBooleanField("quoted", s.quoted());
            g.writeFieldName("sentiment");
            if (s.sentiment() == null) {
                g.writeNull();
            } else {
                writeSentenceSentiment(s.sentiment(), g);
            }
            if (!s.scores().isEmpty()) {
                writeScores(s.scores(), g);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (includeTokens) {
            writeTokens(a.tokens(), g);
        }
        g.writeArrayFieldStart("entities");
        for (EntityMention e : a.entities()) {
            g.writeStartObject();
            g.writeStringField("text", e.text());
            g.writeStringField("type", e.type());
            g.writeNumberField("begin", e.begin());
            g.writeNumberField("end", e.end());
            g.writeNumberField("sentence", e.sentence());
            g.writeBooleanField("quoted", e.quoted());
            g.writeStringField("normalized", e.normalized());
            g.writeStringField("entity", e.entity());
            g.writeStringField("link", e.link());
            if (!e.ambiguous().isEmpty()) {
                g.writeArrayFieldStart("ambiguous");
                for (String other : e.ambiguous()) {
                    g.writeString(other);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeStartObject();
            g.writeNumberField("begin", q.begin());
            g.writeNumberField("end", q.end());
            g.writeStringField("sourceId", q.sourceId());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeScores(a.scores(), g);
        g.writeFieldName("sentiment");
        CommentSentiment s = a.sentiment();
        if (s == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("label", s.label().wireName());
            g.writeNumberField("score", s.score());
            JsonFields.array(g, "distribution", s.distribution().toArray());
            g.writeStringField("method", s.method());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code "scores": {"corenlp": {"label", "score", "distribution"}, "vader": {...}}}, by scorer name. */
    private static void writeScores(Map<String, ScorerSentiment> scores, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("scores");
        for (ScorerSentiment s : scores.values()) {
            g.writeObjectFieldStart(s.scorer());
            g.writeStringField("label", s.label().wireName());
            g.writeNumberField("score", s.score());
            JsonFields.array(g, "distribution", s.distribution().stream().mapToDouble(Double::doubleValue).toArray());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeTokens(List<Token> tokens, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("tokens");
        for (Token t : tokens) {
            g.writeStartObject();
            g.writeNumberField("begin", t.begin());
            g.writeNumberField("end", t.end());
            g.writeStringField("word", t.word());
            g.writeStringField("pos", t.pos());
            g.writeStringField("lemma", t.lemma());
            g.writeStringField("ner", t.ner());
            g.writeNumberField("sentence", t.sentence());
            Syntax x = t.syntax();
            if (x != null) {
                g.writeStringField("upos", x.upos());
                g.writeStringField("feats", x.feats());
                g.writeNumberField("head", x.head());
                g.writeStringField("deprel", x.deprel());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code {"label", "value", "distribution", "scorer"}}: CoreNLP's five classes, or the fallback's. */
    private static void writeSentenceSentiment(SentenceSentiment s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", s.label().wireName());
        g.writeNumberField("value", s.label().value());
        JsonFields.array(g, "distribution", s.distribution().toArray());
        g.writeStringField("scorer", s.scorer());
        g.writeEndObject();
    }

    private static void writeProvenance(Provenance p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("threadlens", p.threadlens());
        g.writeStringField("layers", p.layers());
        EngineInfo e = p.engine();
        if (e != null) {
            g.writeStringField("engine", e.engine());
            g.writeStringField(e.engine(), e.version());
            g.writeStringField("annotators", e.annotators());
            g.writeStringField("configHash", e.configHash());
            g.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> s : e.settings().entrySet()) {
                g.writeStringField(s.getKey(), s.getValue());
            }
            g.writeEndObject();
        }
        if (p.settingsHash() != null) {
            g.writeStringField("settingsHash", p.settingsHash());
        }
        g.writeEndObject();
    }

}
