package org.threadlens.trends;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.threadlens.json.JsonLimits;

/**
 * The trends as one JSON document: the query, the time span, the mood cells and each entity with its cells.
 * Field names are the views' column names; an unknown figure is {@code null}. Periods are ISO dates (the
 * period's first day, UTC).
 */
public final class TrendsJson {
    private TrendsJson() {
    }

    public static void write(Trends t, Writer w) throws IOException {
        try (JsonGenerator g = JsonLimits.FACTORY.createGenerator(w)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("unit", t.query().period().wireName());
            g.writeStringField("since", t.query().since() == null ? null : t.query().since().toString());
            g.writeStringField("until", t.query().until() == null ? null : t.query().until().toString());
            g.writeArrayFieldStart("communities");
            for (String c : t.communities()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeNumberField("minThreads", TrendQuery.MIN_THREADS);
            g.writeNumberField("minTexts", TrendQuery.MIN_TEXTS);
            g.writeNumberField("untimedTexts", t.span().untimed());
            g.writeArrayFieldStart("mood");
            for (MoodCell c : t.mood()) {
                mood(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (EntitySeries s : t.entities()) {
                g.writeStartObject();
                g.writeStringField("entity_key", s.key());
                g.writeStringField("name", s.name());
                g.writeStringField("type", s.type());
                g.writeStringField("link", s.link());
                g.writeArrayFieldStart("cells");
                for (EntityCell c : s.cells()) {
                    entity(g, c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write('\n');
    }

    private static void mood(JsonGenerator g, MoodCell c) throws IOException {
        g.writeStartObject();
        g.writeStringField("period", c.period().toString());
        g.writeStringField("community", c.community());
        g.writeNumberField("threads", c.threads());
        g.writeNumberField("texts", c.texts());
        g.writeNumberField("scored", c.scored());
        g.writeBooleanField("too_few", c.tooFew());
        estimate(g, "score", c.score());
        estimate(g, "negative", c.negative());
        estimate(g, "neutral", c.neutral());
        estimate(g, "positive", c.positive());
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, EntityCell c) throws IOException {
        g.writeStartObject();
        g.writeStringField("period", c.period().toString());
        g.writeStringField("community", c.community());
        g.writeNumberField("threads", c.threads());
        g.writeNumberField("texts", c.texts());
        g.writeNumberField("mentions", c.mentions());
        g.writeNumberField("authors", c.authors());
        estimate(g, "share", c.share());
        g.writeNumberField("scored", c.scored());
        g.writeBooleanField("too_few", c.tooFew());
        estimate(g, "score", c.score());
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
        number(g, name, e.value());
        number(g, name + "_low", e.low());
        number(g, name + "_high", e.high());
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
