package org.threadlens.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.PreparedText;
import org.threadlens.text.TextPreparer;

/** Assertions on {@link PreparedText}: the plain text the engine reads, its markup, its offsets back to the source. */
public final class TextAssertions {
    private TextAssertions() {
    }

    /** Asserts that {@code preparer} reads {@code source} as exactly {@code expectedPlain}; returns the prepared text. */
    public static PreparedText assertPrepares(TextPreparer preparer, String source, String expectedPlain) {
        PreparedText p = preparer.prepare(source);
        assertEquals(expectedPlain, p.plain(), "plain text of: " + source);
        return p;
    }

    /** Asserts the source surfaces of the markup of {@code kind}, in order. */
    public static void assertMarkup(PreparedText p, MarkupKind kind, String... surfaces) {
        assertEquals(List.of(surfaces), p.markup(kind).stream().map(m -> p.sourceSlice(m.source())).toList(),
                kind + " markup of: " + p.source());
    }

    /** Asserts that the first {@code plainPart} of the plain text maps back to exactly {@code sourcePart}. */
    public static void assertMapsBack(PreparedText p, String plainPart, String sourcePart) {
        int at = p.plain().indexOf(plainPart);
        assertTrue(at >= 0, "'" + plainPart + "' in the plain text '" + p.plain() + "'");
        assertEquals(sourcePart, p.sourceSlice(p.toSource(at, at + plainPart.length())),
                "source of '" + plainPart + "' in: " + p.source());
    }
}
