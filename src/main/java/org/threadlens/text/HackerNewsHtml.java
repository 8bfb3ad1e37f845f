package org.threadlens.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares Hacker News comment HTML (the Firebase and Algolia {@code text} field): {@code <p>} ends a
 * paragraph; {@code <pre><code>} blocks are left out and marked {@link MarkupKind#CODE}; {@code <a href>}
 * reads as its label, or as one placeholder word where the label is the address itself (HN's auto-links),
 * marked {@link MarkupKind#URL}; {@code <i>} and other tags read as nothing; a paragraph starting with
 * {@code >} (HN's quoting convention) is marked {@link MarkupKind#QUOTE}; character references are decoded.
 * Stateless and thread-safe.
 */
public final class HackerNewsHtml implements TextPreparer {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    @Override
    public PreparedText prepare(String sourceText) {
        return new Pass(sourceText).run();
    }

    /** One pass over one text. */
    private static final class Pass {
        private final String s;
        private final PlainTextBuilder out;
        private int paragraphStart = 0;
        private int quoteStart = -1;
        private int quotePlain;

        Pass(String s) {
            this.s = s;
            this.out = new PlainTextBuilder(s);
        }

        PreparedText run() {
            int i = startParagraph(0);
            Matcher tag = TAG.matcher(s);
            while (i < s.length()) {
                if (!tag.find(i)) {
                    text(i, s.length());
                    break;
                }
                text(i, tag.start());
                i = tag(tag);
            }
            endQuote(s.length());
            return out.build();
        }

        /** Handles the tag matched; returns where reading goes on. */
        private int tag(Matcher tag) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("p") && !closing) {
                endQuote(tag.start());
                out.paragraphBreak(tag.start());
                return startParagraph(tag.end());
            }
            if (name.equals("br")) {
                out.space(tag.start());
                return tag.end();
            }
            if (name.equals("pre") && !closing) {
                int close = s.toLowerCase(Locale.ROOT).indexOf("</pre>", tag.end());
                int end = close < 0 ? s.length() : close + "</pre>".length();
                out.paragraphBreak(tag.start());
                out.mark(MarkupKind.CODE, tag.start(), end, out.length(), null);
                out.paragraphBreak(end);
                return end;
            }
            if (name.equals("a") && !closing) {
                return anchor(tag);
            }
            return tag.end();
        }

        /** {@code <a href="x">label</a>}: the label, or a placeholder when the label is the address. */
        private int anchor(Matcher tag) {
            Matcher href = HREF.matcher(tag.group(3));
            String target = href.find() ? decoded(href.group(1)) : null;
            int close = s.toLowerCase(Locale.ROOT).indexOf("</a>", tag.end());
            int labelEnd = close < 0 ? s.length() : close;
            int end = close < 0 ? s.length() : close + "</a>".length();
            String label = decoded(s.substring(tag.end(), labelEnd)).strip();
            int plainAt = out.length();
            if (label.startsWith("http://") || label.startsWith("https://") || label.isEmpty()) {
                out.placeholder(tag.start(), end, InlineMarkdown.URL_WORD);
                out.mark(MarkupKind.URL, tag.start(), end, plainAt, target);
            } else {
                text(tag.end(), labelEnd);
                out.mark(MarkupKind.LINK, tag.start(), end, plainAt, target);
            }
            return end;
        }

        /** Text between tags: references decoded, a leading {@code >} of a paragraph opening a quote. */
        private void text(int from, int to) {
            if (from == paragraphStart && quoteStart < 0) {
                int marker = quoteMarkerEnd(from, to);
                if (marker > from) {
                    quoteStart = marker;
                    quotePlain = out.length();
                    from = marker;
                }
            }
            HtmlEntities.decodeInto(s, from, to, out);
        }

        private int quoteMarkerEnd(int from, int to) {
            int i = from;
            while (i < to && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("&gt;", i) && i + 4 <= to) {
                i += 4;
            } else if (i < to && s.charAt(i) == '>') {
                i++;
            } else {
                return from;
            }
            while (i < to && s.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        private int startParagraph(int at) {
            paragraphStart = at;
            return at;
        }

        private void endQuote(int at) {
            if (quoteStart >= 0) {
                out.mark(MarkupKind.QUOTE, quoteStart, at, quotePlain, null);
                quoteStart = -1;
            }
        }

        private static String decoded(String html) {
            return new HtmlEntities().prepare(html).plain();
        }
    }
}
