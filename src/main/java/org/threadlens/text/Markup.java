package org.threadlens.text;

import java.util.Objects;

/**
 * A recognised stretch of the source text: its kind, where it is in the source (code points) and in the
 * plain text (chars), and for links and mentions their target.
 *
 * @param begin      start in source code points
 * @param end        end in source code points
 * @param plainBegin start in plain chars (equal to {@code plainEnd} when the stretch is left out)
 * @param plainEnd   end in plain chars
 * @param target     nullable: a link's address, a mention's name
 */
public record Markup(MarkupKind kind, int begin, int end, int plainBegin, int plainEnd, String target) {
    public Markup {
        Objects.requireNonNull(kind, "kind");
        if (begin < 0 || end < begin || plainBegin < 0 || plainEnd < plainBegin) {
            throw new IllegalArgumentException("invalid markup span " + kind + " [" + begin + ", " + end + ") / ["
                    + plainBegin + ", " + plainEnd + ")");
        }
    }

    public Span source() {
        return new Span(begin, end);
    }

    public Span plain() {
        return new Span(plainBegin, plainEnd);
    }
}
