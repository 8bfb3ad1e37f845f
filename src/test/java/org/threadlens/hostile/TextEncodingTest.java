package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.comments;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that are no UTF-8 and JSON strings that no UTF-8 can carry, in every format: invalid UTF-8 is a bad
 * record (skipped and named, or the input refused, named); a lone surrogate, legal in JSON, becomes U+FFFD
 * (one code point for one: offsets hold) in every output, never a {@code ?} (regression: the JSONL writer
 * wrote {@code ?}).
 */
class TextEncodingTest {
    private static final String MARK = "MARKER-TEXT";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void invalidUtf8IsABadRecordNamedNeverMisread(FormatWriter w) {
        for (byte[] bad : new byte[][] {{(byte) 0xFF}, {(byte) 0xC3, '('}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] content = HostileInputs.replaceFirst(w.bytes(HostileInputs.withBody("before " + MARK + " after")), MARK, bad);
            Path in = w.place(dir, "utf8-" + (bad[0] & 0xFF), content);
            Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
            String what = java.util.HexFormat.of().formatHex(bad) + ": ";
            assertTrue(o.exit() == 2 || o.skipped().size() == 1, what + o);
            assertTrue(o.err().contains("UTF-8"), "says what was expected: " + o);
            comments(o).values().forEach(t -> assertFalse(t.contains("before") && t.contains("after"), "misread: " + t));
        }
    }

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void aLoneSurrogateBecomesTheReplacementCharacterInTheOutput(FormatWriter w) {
        if (w.keys() == null) {
            return; // CSV and the text dump are bytes: a surrogate cannot be written in them, only invalid UTF-8
        }
        for (String body : new String[] {"cut emoji \ud83d end", "low \ude00 first", "at the end \ud83d", "\udfff"}) {
            Path in = w.write(dir, "surrogate", HostileInputs.withBody(body));
            Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
            assertEquals(0, o.exit(), o.toString());
            Map<String, String> texts = comments(o);
            String repaired = body.replaceAll("[\ud800-\udfff]", "\ufffd");
            assertTrue(texts.containsValue(repaired), "'" + repaired + "' in " + texts.values());
            assertEquals(body.length(), repaired.length(), "one code unit for one");
        }
    }
}
