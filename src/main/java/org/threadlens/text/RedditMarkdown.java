package org.threadlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares Reddit comment bodies: HTML character references are decoded first (Reddit escapes {@code &},
 * {@code <}, {@code >} unless asked for {@code raw_json}), then markdown blocks are read line by line.
 *
 * <p>What the engine reads: paragraphs, list items, headings and table cells each end a sentence (they are
 * separated by a blank line in the plain text); block quotes are read, marked {@link MarkupKind#QUOTE}, and
 * set apart as paragraphs of their own; code blocks (fenced or indented four spaces after a blank line) are
 * left out, marked {@link MarkupKind#CODE}; horizontal rules and table separator rows are left out. Inline
 * markup is handled by {@link InlineMarkdown}. Stateless and thread-safe.
 */
public final class RedditMarkdown implements TextPreparer {
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}(?:>(?!!) ?)+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
    private static final HtmlEntities ENTITIES = new HtmlEntities();

    @Override
    public PreparedText prepare(String sourceText) {
        PreparedText decoded = ENTITIES.prepare(sourceText);
        return decoded.andThen(blocks(decoded.plain()));
    }

    /** The markdown pass over already-decoded text. */
    static PreparedText blocks(String d) {
        return new Blocks(d).run();
    }

    /** One pass over the lines of one text. */
    private static final class Blocks {
        private final String d;
        private final PlainTextBuilder out;
        private final List<int[]> lines = new ArrayList<>();
        private int codeStart = -1;
        private int codePlain;
        private int codeEnd;
        private boolean fenced;
        private int quoteStart = -1;
        private int quotePlain;
        private int quoteEnd;
        private boolean inParagraph;

        Blocks(String d) {
            this.d = d;
            this.out = new PlainTextBuilder(d);
            int start = 0;
            for (int i = 0; i <= d.length(); i++) {
                if (i == d.length() || d.charAt(i) == '\n') {
                    lines.add(new int[] {start, i});
                    start = i + 1;
                }
            }
        }

        PreparedText run() {
            boolean prevBlank = true;
            for (int k = 0; k < lines.size(); k++) {
                int from = lines.get(k)[0];
                int to = lines.get(k)[1];
                String line = d.substring(from, to);
                if (fenced) {
                    if (FENCE.matcher(line).find()) {
                        endCode(to);
                    }
                    continue;
                }
                if (FENCE.matcher(line).find()) {
                    endQuote();
                    startCode(from, true);
                    continue;
                }
                boolean blank = line.isBlank();
                boolean indented = line.startsWith("    ") || line.startsWith("\t");
                if (codeStart >= 0 && (blank || indented)) {
                    codeEnd = blank ? codeEnd : to;
                    prevBlank = blank;
                    continue;
                }
                if (codeStart >= 0) {
                    endCode(codeEnd);
                }
                if (blank) {
                    endQuote();
                    paragraphBreak(from);
                    prevBlank = true;
                    continue;
                }
                if (indented && prevBlank && quoteStart < 0) {
                    startCode(from, false);
                    codeEnd = to;
                    continue;
                }
                Matcher quote = QUOTE.matcher(line);
                if (quote.lookingAt()) {
                    if (quoteStart < 0) {
                        paragraphBreak(from);
                        quoteStart = from + quote.end();
                        quotePlain = out.length();
                    }
                    quoteEnd = to;
                    if (d.substring(from + quote.end(), to).isBlank()) {
                        paragraphBreak(from);
                    } else {
                        k = block(k, from + quote.end(), to);
                    }
                } else {
                    endQuote();
                    k = block(k, from, to);
                }
                prevBlank = false;
            }
            if (codeStart >= 0) {
                endCode(codeEnd > 0 ? codeEnd : d.length());
            }
            endQuote();
            return out.build();
        }

        /** Emits one non-blank line (or a table starting at it); returns the index of the last line used. */
        private int block(int k, int from, int to) {
            String line = d.substring(from, to);
            if (RULE.matcher(line).matches()) {
                paragraphBreak(from);
                return k;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            if (heading.lookingAt()) {
                paragraphBreak(from);
                int end = to;
                while (end > from + heading.end() && (d.charAt(end - 1) == '#' || d.charAt(end - 1) == ' ')) {
                    end--;
                }
                InlineMarkdown.emit(out, from + heading.end(), end);
                paragraphBreak(to);
                return k;
            }
            if (item.lookingAt()) {
                paragraphBreak(from);
                InlineMarkdown.emit(out, from + item.end(), to);
                inParagraph = true;
                return k;
            }
            if (line.indexOf('|') >= 0 && k + 1 < lines.size() && TABLE_SEPARATOR.matcher(lineText(k + 1)).matches()) {
                return table(k);
            }
            int first = from;
            while (first < to && Character.isWhitespace(d.charAt(first))) {
                first++;
            }
            if (inParagraph) {
                out.space(from);
            }
            InlineMarkdown.emit(out, first, to);
            inParagraph = true;
            return k;
        }

        /** A table: its header at line {@code k}, a separator, rows up to a line without a pipe. Each cell a paragraph. */
        private int table(int k) {
            row(k);
            int j = k + 2;
            while (j < lines.size() && lineText(j).indexOf('|') >= 0 && !lineText(j).isBlank()) {
                row(j);
                j++;
            }
            paragraphBreak(lines.get(j - 1)[1]);
            return j - 1;
        }

        private void row(int k) {
            int from = lines.get(k)[0];
            int to = lines.get(k)[1];
            int cell = from;
            for (int i = from; i <= to; i++) {
                boolean pipe = i < to && d.charAt(i) == '|' && (i == from || d.charAt(i - 1) != '\\');
                if (pipe || i == to) {
                    if (!d.substring(cell, i).isBlank()) {
                        paragraphBreak(cell);
                        int a = cell;
                        int b = i;
                        while (a < b && Character.isWhitespace(d.charAt(a))) {
                            a++;
                        }
                        while (b > a && Character.isWhitespace(d.charAt(b - 1))) {
                            b--;
                        }
                        InlineMarkdown.emit(out, a, b);
                    }
                    cell = i + 1;
                }
            }
        }

        private String lineText(int k) {
            return d.substring(lines.get(k)[0], lines.get(k)[1]);
        }

        private void startCode(int from, boolean isFenced) {
            paragraphBreak(from);
            codeStart = from;
            codePlain = out.length();
            codeEnd = from;
            fenced = isFenced;
        }

        private void endCode(int to) {
            out.mark(MarkupKind.CODE, codeStart, Math.max(codeStart, to), codePlain, null);
            codeStart = -1;
            fenced = false;
            paragraphBreak(to);
        }

        private void endQuote() {
            if (quoteStart >= 0) {
                out.mark(MarkupKind.QUOTE, quoteStart, quoteEnd, quotePlain, null);
                quoteStart = -1;
                paragraphBreak(quoteEnd);
            }
        }

        private void paragraphBreak(int at) {
            out.paragraphBreak(at);
            inParagraph = false;
        }
    }
}
