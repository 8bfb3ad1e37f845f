package org.threadlens.text;

/**
 * A half-open range {@code [begin, end)}; the unit (code points or chars) is stated where a span is used.
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }
}
