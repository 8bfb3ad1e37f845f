package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.comments;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs past the limits, in every format: a 10 MB comment is read whole (it is within the limits); a 50 MB
 * line passes the 32 MB line limit and is a bad record or a refused input, named; JSON nested 100,000 deep
 * passes the nesting limit (2,000) and is refused without a stack overflow. All in bounded time.
 */
class OversizeInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void aTenMegabyteCommentIsReadWhole(FormatWriter w) {
        String body = HostileInputs.longBody(10 * 1024 * 1024);
        Path in = w.write(dir, "ten", HostileInputs.withBody(body));
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString()).assertWithin(20_000);
        assertEquals(0, o.exit(), o.toString());
        assertTrue(comments(o).containsValue(body), "the 10 MB body comes back exactly");
    }

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void aFiftyMegabyteLineIsRefusedNamedAndTheRestRead(FormatWriter w) {
        String body = HostileInputs.longBody(50 * 1024 * 1024);
        Path in = w.write(dir, "fifty", HostileInputs.withBody(body));
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString()).assertWithin(30_000);
        assertTrue(o.exit() == 2 || o.skipped().size() == 1, o.toString());
        assertTrue(o.err().contains("limit") || o.err().contains("longer") || o.err().contains("exceeds"), o.toString());
        if (w.lineRecords() && o.exit() == 0 && w != FormatWriters.THREADLENS_JSONL) { // there a line is a whole thread
            assertEquals(3, comments(o).size(), "the other comments are read: " + o);
        }
    }

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void jsonNestedAHundredThousandDeepIsRefusedWithoutAStackOverflow(FormatWriter w) {
        if (w.keys() == null) {
            return; // not JSON: the brackets are text
        }
        String deep = HostileInputs.nestedArrays(100_000);
        byte[] content = HostileInputs.replaceFirst(w.bytes(HostileInputs.withBody("NESTED")), "\"NESTED\"", deep);
        Path in = w.place(dir, "deep", content);
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString()).assertWithin(10_000);
        assertTrue(o.exit() == 2 || o.skipped().size() == 1, o.toString());
        assertTrue(o.err().contains("nesting") || o.err().contains("depth"), o.toString());
    }
}
