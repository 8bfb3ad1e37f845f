package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {
    private static Utf8Lines lines(byte[] bytes, int max) {
        return new Utf8Lines(new ByteArrayInputStream(bytes), max);
    }

    private static Utf8Lines lines(String s) {
        return lines(s.getBytes(StandardCharsets.UTF_8), 1024);
    }

    @Test
    void splitsOnNewlinesDroppingCarriageReturnsAndKeepsALastLineWithoutNewline() throws Exception {
        Utf8Lines l = lines("\uFEFFa\r\n\nb\u00e9\nlast");
        assertEquals("a", l.next());
        assertEquals("", l.next());
        assertEquals("b\u00e9", l.next());
        assertEquals("last", l.next());
        assertEquals(4, l.lineNumber());
        assertNull(l.next());
    }

    @Test
    void anEmptyInputHasNoLines() throws Exception {
        assertNull(lines("").next());
    }

    @Test
    void anInvalidLineIsReportedAtItsNumberAndReadingGoesOn() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("ok\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'x', (byte) 0xC3, '\n'});
        b.writeBytes("after\n".getBytes(StandardCharsets.UTF_8));
        Utf8Lines l = lines(b.toByteArray(), 1024);
        assertEquals("ok", l.next());
        Utf8Lines.BadLineException e = assertThrows(Utf8Lines.BadLineException.class, l::next);
        assertEquals(2, e.line());
        assertEquals("after", l.next());
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutKeepingIt() throws Exception {
        byte[] big = ("short\n" + "x".repeat(200_000) + "\nnext").getBytes(StandardCharsets.UTF_8);
        Utf8Lines l = lines(big, 1000);
        assertEquals("short", l.next());
        assertThrows(Utf8Lines.BadLineException.class, l::next);
        assertEquals("next", l.next());
        assertEquals(3, l.lineNumber());
    }

    @Test
    void linesLongerThanTheBufferAreJoined() throws Exception {
        String long1 = "y".repeat(150_000);
        assertEquals(long1, lines((long1 + "\n").getBytes(StandardCharsets.UTF_8), 1 << 20).next());
    }
}
