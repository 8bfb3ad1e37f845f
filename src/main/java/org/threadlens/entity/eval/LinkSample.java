package org.threadlens.entity.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hand-checked sample of linked mentions: each row a mention ThreadLens linked on real text, with a
 * person's verdict on whether the article is the thing the mention means. Read from a TSV file:
 * {@code source, thread, comment, mention, entity, type, link, verdict, note}, where verdict is {@code yes}
 * or {@code no}; {@code #} lines are comments. Link precision is the share of {@code yes}, over mentions and
 * over distinct (entity, link) pairs.
 */
public final class LinkSample {
    /** One checked mention. */
    public record Row(String source, String thread, String comment, String mention, String entity, String type,
                      String link, boolean correct, String note) {
        public Row {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(link, "link");
        }
    }

    private final List<Row> rows;

    private LinkSample(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static LinkSample read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != 9 || !(f[7].equals("yes") || f[7].equals("no"))) {
                throw new IOException(file + " line " + line + ": expected 9 tab-separated fields with verdict yes or no, got '"
                        + l + "'");
            }
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7].equals("yes"), f[8]));
        }
        return new LinkSample(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The share of mentions whose link is right. */
    public double mentionPrecision() {
        return rows.isEmpty() ? Double.NaN : rows.stream().filter(Row::correct).count() / (double) rows.size();
    }

    /** The share of distinct (entity, link) pairs whose link is right (a pair judged wrong once counts wrong). */
    public double entityPrecision() {
        Map<String, Boolean> pairs = new LinkedHashMap<>();
        rows.forEach(r -> pairs.merge(r.entity() + "\u0000" + r.link(), r.correct(), Boolean::logicalAnd));
        return pairs.isEmpty() ? Double.NaN : pairs.values().stream().filter(b -> b).count() / (double) pairs.size();
    }

    /** How many distinct (entity, link) pairs the sample holds. */
    public int entities() {
        return (int) rows.stream().map(r -> r.entity() + "\u0000" + r.link()).distinct().count();
    }
}
