package org.threadlens.trends;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The trends as one CSV table (RFC 4180, a header row): a row per mood cell ({@code section = mood}) and per
 * entity cell ({@code section = entity}), the columns of both views side by side, empty where a section has no
 * such figure or a figure is unknown. Loads as it is into pandas ({@code pd.read_csv}) or DuckDB.
 */
public final class TrendsCsv {
    static final List<String> COLUMNS = List.of("section", "unit", "period", "community", "entity_key", "name", "type",
            "link", "threads", "texts", "mentions", "authors", "scored", "too_few", "score", "score_low", "score_high",
            "negative", "negative_low", "negative_high", "neutral", "neutral_low", "neutral_high", "positive",
            "positive_low", "positive_high", "share", "share_low", "share_high");

    private TrendsCsv() {
    }

    public static void write(Trends t, Writer w) throws IOException {
        w.write(String.join(",", COLUMNS) + "\r\n");
        String unit = t.query().period().wireName();
        for (MoodCell c : t.mood()) {
            List<Object> row = new ArrayList<>(List.of("mood", unit, c.period(), c.community()));
            row.addAll(nulls(4));
            row.addAll(List.of(c.threads(), c.texts()));
            row.addAll(nulls(2));
            row.addAll(List.of(c.scored(), c.tooFew()));
            for (Estimate e : List.of(c.score(), c.negative(), c.neutral(), c.positive())) {
                row.addAll(estimate(e));
            }
            row.addAll(nulls(3));
            line(w, row);
        }
        for (EntitySeries s : t.entities()) {
            for (EntityCell c : s.cells()) {
                List<Object> row = new ArrayList<>(List.of("entity", unit, c.period(), c.community(), s.key(), s.name(),
                        s.type()));
                row.add(s.link());
                row.addAll(List.of(c.threads(), c.texts(), c.mentions(), c.authors(), c.scored(), c.tooFew()));
                row.addAll(estimate(c.score()));
                row.addAll(nulls(9));
                row.addAll(estimate(c.share()));
                line(w, row);
            }
        }
    }

    private static List<Object> estimate(Estimate e) {
        List<Object> out = new ArrayList<>();
        out.add(e.value());
        out.add(e.low());
        out.add(e.high());
        return out;
    }

    private static List<Object> nulls(int n) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(null);
        }
        return out;
    }

    private static void line(Writer w, List<Object> values) throws IOException {
        if (values.size() != COLUMNS.size()) {
            throw new IllegalStateException("a trends row of " + values.size() + " values for " + COLUMNS.size() + " columns");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append(field(values.get(i)));
        }
        w.write(b.append("\r\n").toString());
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
