package org.threadlens.sentiment.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One setup's sentiment results on several labelled sets side by side: a row per scorer alone and one for the
 * reported comment sentiment ({@link SentimentReport#REPORTED}, last), a column per set with macro-F1 and
 * accuracy; "–" where a scorer scored no text of a set. As plain text, or as Markdown rows that several setups
 * share in one table ({@link #markdown}). Immutable.
 *
 * @param setup  the setup's name on the command line ({@code plain}, {@code threadlens}, ...)
 * @param label  its description ({@code plain CoreNLP}, ...)
 * @param bySet  the report of each set, by set name, in column order
 */
public record SentimentTable(String setup, String label, Map<String, SentimentReport> bySet) {
    public SentimentTable {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(label, "label");
        if (bySet.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one labelled set");
        }
        bySet = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySet));
    }

    /** The row names: every scorer of any set, by name, then {@value SentimentReport#REPORTED}. */
    public List<String> rows() {
        Set<String> names = new java.util.TreeSet<>();
        bySet.values().forEach(r -> names.addAll(r.names()));
        names.remove(SentimentReport.REPORTED);
        List<String> out = new ArrayList<>(names);
        out.add(SentimentReport.REPORTED);
        return out;
    }

    /** {@code 0.729 (0.742)}: macro-F1 (accuracy), or "–" if the scorer scored none of the set's texts. */
    public String cell(String row, String set) {
        SentimentEvaluation e = bySet.get(set).get(row);
        return e == null ? "–" : String.format(Locale.ROOT, "%.3f (%.3f)", e.macroF1(), e.accuracy());
    }

    /** The number of texts of a set. */
    public long size(String set) {
        return bySet.get(set).get(SentimentReport.REPORTED).total();
    }

    /** A title line, a header line of set names, then a line per row. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (%s): macro-F1 (accuracy)", label, setup));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-10s", ""));
        bySet.keySet().forEach(set -> header.append(String.format(Locale.ROOT, "  %-24s", set + ", n " + size(set))));
        lines.add(header.toString().stripTrailing());
        for (String row : rows()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", row));
            bySet.keySet().forEach(set -> line.append(String.format(Locale.ROOT, "  %-24s", cell(row, set))));
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * One Markdown table of several setups' rows: columns setup, scorer, then each set of the first table with
     * its number of texts; each cell macro-F1 (accuracy), the reported rows in bold.
     */
    public static List<String> markdown(List<SentimentTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to print");
        }
        Set<String> sets = new LinkedHashSet<>(tables.get(0).bySet().keySet());
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| setup | scorer |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String set : sets) {
            header.append(String.format(Locale.ROOT, " %s (n %,d): macro-F1 (accuracy) |", set, tables.get(0).size(set)));
            rule.append("---|");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        for (SentimentTable t : tables) {
            for (String row : t.rows()) {
                boolean reported = row.equals(SentimentReport.REPORTED);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s (`%s`) | %s |", t.label(), t.setup(),
                        reported ? "**reported**" : "`" + row + "` alone"));
                for (String set : sets) {
                    String cell = t.bySet().containsKey(set) ? t.cell(row, set) : "–";
                    line.append(' ').append(reported && !cell.equals("–") ? bold(cell) : cell).append(" |");
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** {@code **0.729** (0.742)}: the macro-F1 in bold. */
    private static String bold(String cell) {
        int space = cell.indexOf(' ');
        return "**" + cell.substring(0, space) + "**" + cell.substring(space);
    }
}
