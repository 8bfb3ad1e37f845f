package org.threadlens.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reddit markdown within a line: emphasis, strikethrough, superscript and spoiler markers are dropped
 * ({@code ^(a (b) c)} reads {@code a (b) c}: its parentheses are matched in pairs, and one left open is text);
 * {@code [label](url)} reads as its label; inline code, bare URLs and {@code u/}/{@code r/} mentions become
 * placeholders the engine reads as one word; backslash escapes read as the escaped char. (Invisible chars
 * were dropped with the character references, by {@link HtmlEntities}.) Stateless and thread-safe.
 */
final class InlineMarkdown {
    static final String URL_WORD = "link";
    static final String CODE_WORD = "code";

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>\\[\\]()]+(?:\\([^\\s()]*\\)[^\\s<>\\[\\]()]*)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("/?([ur])/([A-Za-z0-9_-]{2,32})");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(\\s*<?([^\\s()>]+(?:\\([^\\s)]*\\)[^\\s()>]*)*)>?"
            + "(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** How far a {@code ^(} looks for its {@code )}: bounds the scans of a line of many unclosed ones. */
    static final int SUPERSCRIPT_MAX_CHARS = 1_000;
    private static final String TRAILING_URL_PUNCTUATION = ".,;:!?'\"";
    /** Chars at which markup may start; elsewhere text is copied without a look. */
    private static final String MARKER_CHARS = "\\`[hHwWur/*_~^>!";

    private InlineMarkdown() {
    }

    /** Emits source chars {@code [from, to)} of the builder's source as plain text. */
    static void emit(PlainTextBuilder out, int from, int to) {
        String s = out.source();
        int copied = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (MARKER_CHARS.indexOf(c) >= 0) {
                out.copy(copied, i);
                copied = i;
                int next = markupAt(out, s, i, to);
                if (next > i) {
                    copied = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        out.copy(copied, to);
    }

    /** If markup starts at {@code i}, emits it and returns where it ends; else returns {@code i}. */
    private static int markupAt(PlainTextBuilder out, String s, int i, int to) {
        char c = s.charAt(i);
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        if (c == '\\' && i + 1 < to && isAsciiPunctuation(s.charAt(i + 1))) {
            out.replace(i, i + 2, String.valueOf(s.charAt(i + 1)));
            return i + 2;
        }
        if (c == '`') {
            return code(out, s, i, to);
        }
        if (c == '[') {
            Matcher m = LINK.matcher(s).region(i, to);
            if (m.lookingAt()) {
                return link(out, m, i);
            }
        }
        if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && wordStart) {
            Matcher m = URL.matcher(s).region(i, to);
            if (m.lookingAt()) {
                int end = m.end();
                while (end > i && TRAILING_URL_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
                    end--;
                }
                int plainAt = out.length();
                out.placeholder(i, end, URL_WORD).mark(MarkupKind.URL, i, end, plainAt, s.substring(i, end));
                return end;
            }
        }
        if ((c == 'u' || c == 'r' || c == '/') && (i == 0 || !isMentionContext(s.charAt(i - 1)))) {
            Matcher m = MENTION.matcher(s).region(i, to);
            if (m.lookingAt() && (m.end() == to || !Character.isLetterOrDigit(s.charAt(m.end())))) {
                MarkupKind kind = m.group(1).equals("u") ? MarkupKind.USER : MarkupKind.COMMUNITY;
                int plainAt = out.length();
                out.placeholder(i, m.end(), m.group(2)).mark(kind, i, m.end(), plainAt, m.group(2));
                return m.end();
            }
        }
        if (c == '^' && i + 1 < to && s.charAt(i + 1) == '(') {
            return superscript(out, s, i, to);
        }
        int dropped = droppedMarker(s, i, to);
        return dropped > i ? dropped : i;
    }

    /** Inline code {@code `x`} (any run of backticks, closed by the same run): a placeholder word. */
    private static int code(PlainTextBuilder out, String s, int i, int to) {
        int run = i;
        while (run < to && s.charAt(run) == '`') {
            run++;
        }
        String fence = s.substring(i, run);
        int close = s.indexOf(fence, run);
        if (close < 0 || close >= to) {
            return i;
        }
        int contentFrom = run;
        int contentTo = close;
        int plainAt = out.length();
        if (contentTo > contentFrom) {
            out.placeholder(contentFrom, contentTo, CODE_WORD);
        }
        out.mark(MarkupKind.CODE, contentFrom, contentTo, plainAt, null);
        return close + fence.length();
    }

    /**
     * {@code ^(…)}: its content read as text, up to the {@code )} that closes it (escaped parentheses do not
     * count); unclosed within the line and {@link #SUPERSCRIPT_MAX_CHARS}, it is text as written.
     */
    private static int superscript(PlainTextBuilder out, String s, int i, int to) {
        int depth = 0;
        int end = Math.min(to, i + SUPERSCRIPT_MAX_CHARS);
        for (int j = i + 1; j < end; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                emit(out, i + 2, j);
                return j + 1;
            }
        }
        return i;
    }

    private static int link(PlainTextBuilder out, Matcher m, int i) {
        int plainAt = out.length();
        int labelFrom = m.start(1);
        int labelTo = m.end(1);
        if (labelTo > labelFrom) {
            emit(out, labelFrom, labelTo);
        } else {
            out.placeholder(m.start(2), m.end(2), URL_WORD);
        }
        out.mark(MarkupKind.LINK, i, m.end(), plainAt, m.group(2));
        return m.end();
    }

    /**
     * The end of a formatting marker at {@code i} that reads as nothing: {@code *}/{@code _} emphasis runs
     * next to a non-space, {@code ~~}, {@code ^} (a superscript word), and spoiler markers {@code >!} /
     * {@code !<}. Returns {@code i} if none.
     */
    private static int droppedMarker(String s, int i, int to) {
        char c = s.charAt(i);
        if (c == '*' || (c == '_' && isEmphasisUnderscore(s, i, to))) {
            int j = i;
            while (j < to && s.charAt(j) == c) {
                j++;
            }
            boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
            boolean after = j < to && !Character.isWhitespace(s.charAt(j));
            return (before || after) && j - i <= 3 ? j : i;
        }
        if (c == '~' && i + 1 < to && s.charAt(i + 1) == '~') {
            return i + 2;
        }
        if (c == '^' && (i + 1 >= to || s.charAt(i + 1) != '(')) {
            return i + 1;
        }
        if ((c == '>' && i + 1 < to && s.charAt(i + 1) == '!') || (c == '!' && i + 1 < to && s.charAt(i + 1) == '<')) {
            return i + 2;
        }
        return i;
    }

    /** An underscore run at a word edge ({@code _x_}), not inside a word ({@code snake_case}). */
    private static boolean isEmphasisUnderscore(String s, int i, int to) {
        int j = i;
        while (j < to && s.charAt(j) == '_') {
            j++;
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean letterAfter = j < to && Character.isLetterOrDigit(s.charAt(j));
        return !(letterBefore && letterAfter);
    }

    private static boolean isMentionContext(char before) {
        return Character.isLetterOrDigit(before) || before == '/' || before == '_';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
