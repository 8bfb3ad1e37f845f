package org.threadlens.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.Interval;
import org.threadlens.analyze.ReplyDynamics;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.Polarity;

/**
 * The record's {@code "summary"} object: the thread's mood (plain and weighted), its roll-ups, reply dynamics
 * and entities, as {@link ThreadRecordWriter} writes it (the parser computes the summary again instead of
 * reading it). The records below are the JSON: their component names and order are the field names and order
 * of schema {@value ThreadRecordWriter#SCHEMA}. Stateless, thread-safe.
 */
final class SummaryJson {
    /**
     * Over the record's own factory (its line separator escapes); no flush after a value, since the summary is
     * written into the middle of a streamed record.
     */
    private static final ObjectWriter WRITER = new ObjectMapper(ThreadRecordWriter.JSON).writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private SummaryJson() {
    }

    /** Writes the {@code "summary"} field into the record being streamed. */
    static void write(ThreadSummary s, JsonGenerator g) throws IOException {
        g.writeFieldName("summary");
        WRITER.writeValue(g, Summary.of(s));
    }

    /** The summary alone, as one line of JSON (the store's summary column). */
    static String toJson(ThreadSummary s) {
        try {
            return WRITER.writeValueAsString(Summary.of(s));
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
    }

    record Summary(Mood sentiment, Map<String, Mood> weighted, Map<String, List<Group>> rollUps, Dynamics dynamics,
                   List<Entity> entities) {
        static Summary of(ThreadSummary s) {
            Map<String, Mood> weighted = new LinkedHashMap<>();
            s.weighted().forEach((k, v) -> weighted.put(k, Mood.of(v)));
            Map<String, List<Group>> rollUps = new LinkedHashMap<>();
            s.rollUps().forEach((k, v) -> rollUps.put(k, v.stream().map(g -> new Group(g.key(), Mood.of(g.sentiment()))).toList()));
            return new Summary(Mood.of(s.sentiment()), weighted, rollUps, Dynamics.of(s.dynamics()),
                    s.entities().stream().map(Entity::of).toList());
        }
    }

    record Group(String key, Mood sentiment) {
    }

    /** A mood: label, score with its interval, mean distribution, counts, and shares with Wilson intervals. */
    record Mood(String label, double score, double[] scoreInterval, double[] distribution, int comments,
                Map<String, Integer> counts, Map<String, Share> shares) {
        static Mood of(SentimentSummary s) {
            if (s == null) {
                return null;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Share> shares = new LinkedHashMap<>();
            for (Polarity p : Polarity.values()) {
                counts.put(p.wireName(), s.counts().get(p));
                Interval ci = s.shareInterval(p);
                shares.put(p.wireName(), new Share(s.share(p), ci.low(), ci.high()));
            }
            return new Mood(s.label().wireName(), s.score(), pair(s.scoreInterval()), s.distribution().toArray(),
                    s.comments(), counts, shares);
        }
    }

    record Share(double share, double low, double high) {
    }

    record Dynamics(int replies, int turnedNegative, double turnedNegativeShare, double[] turnedNegativeInterval,
                    double meanShift, int longestNegativeChain, List<String> chain, Map<String, Double> shifts) {
        static Dynamics of(ReplyDynamics d) {
            return d == null ? null : new Dynamics(d.shifts().size(), d.turnedNegative(), d.turnedNegativeShare(),
                    pair(d.turnedNegativeInterval()), d.meanShift(), d.longestNegativeChain(), d.chain(), d.shifts());
        }
    }

    /** An entity of the thread; {@code link} (its Wikipedia title) is null where it was not linked. */
    record Entity(String name, String type, String link, List<String> aliases, int mentions, int quotedMentions,
                  List<String> comments, List<String> authors, Long firstMentionUtc, Long lastMentionUtc, Mood sentiment) {
        static Entity of(EntitySummary e) {
            return new Entity(e.name(), e.type(), e.link(), e.aliases(), e.mentions(), e.quotedMentions(), e.commentIds(),
                    e.authors(), e.firstMentionUtc(), e.lastMentionUtc(), Mood.of(e.sentiment()));
        }
    }

    private static double[] pair(Interval i) {
        return new double[] {i.low(), i.high()};
    }
}
