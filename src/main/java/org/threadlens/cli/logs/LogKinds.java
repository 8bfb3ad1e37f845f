package org.threadlens.cli.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.event.Level;

/**
 * Counts log lines by kind: the library, the logger's short name, the level and the {@link MessageKind}; keeps
 * the first detail of each; and says it in one line per kind:
 * {@code CoreNLP said 37 times: PTBLexer WARN Untokenizable (first: ‽ (U+203D, decimal: 8253)); --debug shows
 * each line}. Kinds in the order first seen. Thread-safe.
 */
public final class LogKinds {
    /** Kinds summed up one line each; the rest in one line more. */
    static final int MAX_LINES = 10;
    /** Longest first detail quoted. */
    static final int MAX_DETAIL = 60;

    private record Key(String library, String logger, Level level, String kind) {
    }

    private static final class Seen {
        final String firstDetail;
        long count;

        Seen(String firstDetail) {
            this.firstDetail = firstDetail;
        }
    }

    private final Map<Key, Seen> kinds = new LinkedHashMap<>();
    private long lines;

    public synchronized void add(LogLine line) {
        MessageKind k = MessageKind.of(line.message());
        kinds.computeIfAbsent(new Key(library(line.logger()), line.shortLogger(), line.level(), k.kind()),
                key -> new Seen(k.detail())).count++;
        lines++;
    }

    /** Lines counted. */
    public synchronized long lines() {
        return lines;
    }

    /**
     * One line per kind, at most {@value #MAX_LINES} (then one for the rest); none if nothing was counted.
     *
     * @param where how to see each line, added to every line ({@code --debug shows each line}); empty for none
     */
    public synchronized List<String> summary(String where) {
        Objects.requireNonNull(where, "where");
        List<String> out = new ArrayList<>();
        long restKinds = 0;
        long restLines = 0;
        for (Map.Entry<Key, Seen> e : kinds.entrySet()) {
            Key k = e.getKey();
            Seen s = e.getValue();
            if (out.size() == MAX_LINES) {
                restKinds++;
                restLines += s.count;
                continue;
            }
            String first = s.firstDetail.isEmpty() ? "" : " (first: " + shorten(s.firstDetail) + ")";
            out.add(k.library() + " said " + times(s.count) + ": " + k.logger() + " " + k.level() + " " + k.kind() + first
                    + (where.isEmpty() ? "" : "; " + where));
        }
        if (restKinds > 0) {
            out.add("and " + restKinds + " more kinds of log line (" + restLines + " lines)"
                    + (where.isEmpty() ? "" : "; " + where));
        }
        return out;
    }

    /** The library a logger belongs to, by its package: {@code CoreNLP} for {@code edu.stanford.nlp.*}. */
    static String library(String logger) {
        if (logger.startsWith("edu.stanford.nlp.")) {
            return "CoreNLP";
        }
        if (logger.startsWith("opennlp.")) {
            return "OpenNLP";
        }
        if (logger.startsWith("org.duckdb.")) {
            return "DuckDB";
        }
        if (logger.startsWith("ai.onnxruntime.")) {
            return "ONNX Runtime";
        }
        String[] parts = logger.split("\\.");
        return parts.length <= 2 ? logger : parts[0] + "." + parts[1];
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String shorten(String detail) {
        return detail.codePointCount(0, detail.length()) <= MAX_DETAIL ? detail
                : detail.substring(0, detail.offsetByCodePoints(0, MAX_DETAIL - 1)) + "…";
    }
}
