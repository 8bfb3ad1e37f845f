package org.threadlens.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.GroupSentiment;
import org.threadlens.analyze.Interval;
import org.threadlens.analyze.ReplyDynamics;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.Polarity;

/**
 * The record's {@code "summary"} object: the thread's mood (plain and weighted), its roll-ups, reply dynamics
 * and entities, as {@link ThreadRecordWriter} writes it and {@link ThreadRecordParser} reads it back. Stateless.
 */
final class SummaryJson {
    private SummaryJson() {
    }

    static void write(ThreadSummary s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeFieldName("sentiment");
        writeSentimentSummary(s.sentiment(), g);
        g.writeObjectFieldStart("weighted");
        for (Map.Entry<String, SentimentSummary> e : s.weighted().entrySet()) {
            g.writeFieldName(e.getKey());
            writeSentimentSummary(e.getValue(), g);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("rollUps");
        for (Map.Entry<String, List<GroupSentiment>> e : s.rollUps().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (GroupSentiment group : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("key", group.key());
                g.writeFieldName("sentiment");
                writeSentimentSummary(group.sentiment(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        writeDynamics(s.dynamics(), g);
        g.writeArrayFieldStart("entities");
        for (EntitySummary e : s.entities()) {
            writeEntity(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A mood: label, score with its interval, mean distribution, counts, and shares with Wilson intervals. */
    private static void writeSentimentSummary(SentimentSummary ss, JsonGenerator g) throws IOException {
        if (ss == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("label", ss.label().wireName());
        g.writeNumberField("score", ss.score());
        JsonFields.array(g, "scoreInterval", new double[] {ss.scoreInterval().low(), ss.scoreInterval().high()});
        JsonFields.array(g, "distribution", ss.distribution().toArray());
        g.writeNumberField("comments", ss.comments());
        g.writeObjectFieldStart("counts");
        for (Polarity p : Polarity.values()) {
            g.writeNumberField(p.wireName(), ss.counts().get(p));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("shares");
        for (Polarity p : Polarity.values()) {
            Interval ci = ss.shareInterval(p);
            g.writeObjectFieldStart(p.wireName());
            g.writeNumberField("share", ss.share(p));
            g.writeNumberField("low", ci.low());
            g.writeNumberField("high", ci.high());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeDynamics(ReplyDynamics d, JsonGenerator g) throws IOException {
        g.writeFieldName("dynamics");
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("replies", d.shifts().size());
        g.writeNumberField("turnedNegative", d.turnedNegative());
        g.writeNumberField("turnedNegativeShare", d.turnedNegativeShare());
        JsonFields.array(g, "turnedNegativeInterval", new double[] {d.turnedNegativeInterval().low(), d.turnedNegativeInterval().high()});
        g.writeNumberField("meanShift", d.meanShift());
        g.writeNumberField("longestNegativeChain", d.longestNegativeChain());
        g.writeArrayFieldStart("chain");
        for (String id : d.chain()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("shifts");
        for (Map.Entry<String, Double> e : d.shifts().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeEntity(EntitySummary e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type());
        JsonFields.strings(g, "aliases", e.aliases());
        g.writeNumberField("mentions", e.mentions());
        g.writeNumberField("quotedMentions", e.quotedMentions());
        JsonFields.strings(g, "comments", e.commentIds());
        JsonFields.strings(g, "authors", e.authors());
        JsonFields.nullableLong(g, "firstMentionUtc", e.firstMentionUtc());
        JsonFields.nullableLong(g, "lastMentionUtc", e.lastMentionUtc());
        g.writeFieldName("sentiment");
        writeSentimentSummary(e.sentiment(), g);
        g.writeEndObject();
    }
}
