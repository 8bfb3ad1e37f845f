package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and truncated records, in every format: a broken record of a line format is skipped, counted and
 * named (file and line) and the rest is read; a document cut short is an input that breaks off (exit 2, named).
 */
class BrokenRecordsTest {
    @TempDir
    Path dir;

    static Stream<FormatWriter> lineFormats() {
        return FormatWriters.all().stream().filter(FormatWriter::lineRecords);
    }

    @ParameterizedTest
    @MethodSource("lineFormats")
    void aBrokenLineIsSkippedCountedAndNamedAndTheOthersRead(FormatWriter w) {
        List<Item> items = HostileInputs.manyThreads(3);
        byte[] good = w.bytes(items);
        List<byte[]> lines = HostileInputs.lines(good);
        int broken = lines.size() / 2;
        byte[] line = lines.get(broken);
        lines.set(broken, java.util.Arrays.copyOf(line, line.length / 2));
        lines.set(broken, concat(lines.get(broken), new byte[] {'\n'}));
        Path in = w.place(dir, "broken", join(lines));
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
        if (w == FormatWriters.MAPPED_CSV) {
            // a quoted field may span lines (RFC 4180): a quote left open swallows the rest, which is then refused
            assertEquals(2, o.exit(), o.toString());
            assertTrue(o.failed().get(0).contains(":" + (broken + 1) + ":"), "names line " + (broken + 1) + ": " + o.failed());
            return;
        }
        assertEquals(0, o.exit(), o.toString());
        assertEquals(1, o.skipped().size(), o.toString());
        assertTrue(o.skipped().get(0).contains(":" + (broken + 1) + ":"), "names line " + (broken + 1) + ": " + o.skipped());
        boolean threadPerLine = w == FormatWriters.HACKERNEWS_ALGOLIA || w == FormatWriters.THREADLENS_JSONL;
        int lost = threadPerLine ? 4 : 1;
        assertEquals(HostileRead.ids(read(w, w.write(dir, "whole", items))).size() - lost, HostileRead.ids(o).size(),
                "only the broken record is lost: " + o);
    }

    @ParameterizedTest
    @MethodSource("lineFormats")
    void strictStopsAtTheFirstBrokenLineNamingIt(FormatWriter w) {
        List<byte[]> lines = HostileInputs.lines(w.bytes(HostileInputs.manyThreads(3)));
        int broken = lines.size() / 2;
        lines.set(broken, "{\"id\": \"cut\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path in = w.place(dir, "strict", join(lines));
        java.util.List<String> args = new java.util.ArrayList<>(List.of("read", "--strict", "--out", "-"));
        args.addAll(w.options());
        args.add(in.toString());
        Outcome o = ThreadLensRun.inProcess(args).assertHandled();
        assertEquals(2, o.exit(), o.toString());
        String file = w.dataFile(in).getFileName().toString();
        assertTrue(o.err().contains(file + ":" + (broken + 1) + ": "), "names the file and line " + (broken + 1) + ": " + o);
    }

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void aFileCutAnywhereIsReadUpToTheCutOrNamedAsBrokenOff(FormatWriter w) {
        byte[] good = w.bytes(HostileInputs.manyThreads(3));
        java.util.Random r = new java.util.Random(11);
        for (int k = 0; k < 12; k++) {
            int cut = 1 + r.nextInt(good.length - 1);
            Path in = w.place(dir, "cut" + k, java.util.Arrays.copyOf(good, cut));
            Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
            o.assertWithin(5_000);
            assertFalse(o.err().contains("[Source:"), "no parser internals in messages: " + o);
        }
    }

    /**
     * A line of garbage in the middle of the input. In a line format it is one broken record: skipped, named
     * (file and line) and every good record read (exit 0). In a document format (reddit-text: a header where
     * the garbage sits; reddit-api: one JSON document) the file cannot be read past it: refused, exit 2, no
     * record, the file and the garbage's line named with what was expected there.
     */
    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void garbageBetweenRecordsIsNamed(FormatWriter w) {
        List<Item> items = HostileInputs.manyThreads(2);
        List<byte[]> lines = HostileInputs.lines(w.bytes(items));
        int garbageLine = lines.size() / 2 + 1;
        lines.add(garbageLine - 1, "}{ not json, \"a\": [1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path in = w.place(dir, "garbage", join(lines));
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
        assertFalse(o.err().contains("[Source:"), "no parser internals in messages: " + o);
        String where = w.dataFile(in).getFileName() + ":" + garbageLine + ":";
        if (w.lineRecords()) {
            assertEquals(0, o.exit(), o.toString());
            assertEquals(1, o.skipped().size(), "one skipped record: " + o);
            assertTrue(o.skipped().get(0).contains(where), "names " + where + " " + o.skipped());
            assertEquals(HostileRead.ids(read(w, w.write(dir, "whole", items))), HostileRead.ids(o), "every good record read: " + o);
        } else {
            assertEquals(2, o.exit(), o.toString());
            assertEquals(List.of(), o.records(), "a refused document writes no record");
            assertEquals(1, o.failed().size(), "one refusal: " + o);
            assertTrue(o.failed().get(0).contains(where) && o.failed().get(0).contains("expected"),
                    "names " + where + " and what was expected: " + o.failed());
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static byte[] join(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
