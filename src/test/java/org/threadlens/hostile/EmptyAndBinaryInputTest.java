package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.ids;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Empty files and binary files, named with a format and left to detection: an empty input gives no thread
 * and says so or reads as nothing; a binary input is refused naming the file (or its lines are skipped and
 * named); a good input beside them is read whole either way.
 */
class EmptyAndBinaryInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void anEmptyInputGivesNothingAndTheGoodOneBesideItIsRead(FormatWriter w) throws Exception {
        Path empty = w.place(dir, "empty", new byte[0]);
        Path good = w.write(dir, "good", HostileInputs.goodThread("200"));
        Outcome o = assertHandledNaming(read(w, empty, good), w.dataFile(empty).getFileName().toString());
        assertEquals(4, ids(o).size(), o.toString());
        assertEquals(o.exit() == 2, o.failed().size() == 1, o.toString());
    }

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void aBinaryInputIsRefusedOrItsLinesSkippedNamedAndTheGoodOneRead(FormatWriter w) throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path binary = w.place(dir, "binary" + seed, HostileInputs.binary(64 * 1024, seed));
            Path good = w.write(dir, "good", HostileInputs.goodThread("200"));
            Outcome o = assertHandledNaming(read(w, binary, good), w.dataFile(binary).getFileName().toString());
            assertEquals(4, ids(o).size(), o.toString());
            assertTrue(o.exit() == 2 || !o.skipped().isEmpty(), "said: " + o);
        }
    }

    @Test
    void detectionRefusesEmptyAndBinaryInputsNamingThem() throws Exception {
        Path empty = Files.write(dir.resolve("empty.ndjson"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.dat"), HostileInputs.binary(10_000, 9));
        Path gzipLike = Files.write(dir.resolve("fake.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        for (Path p : new Path[] {empty, binary, gzipLike}) {
            Outcome o = ThreadLensRun.inProcess("read", "--out", "-", p.toString()).assertHandled();
            assertEquals(2, o.exit(), o.toString());
            assertTrue(o.err().contains(p.getFileName().toString()), o.toString());
        }
        Outcome fake = ThreadLensRun.inProcess("read", "--out", "-", gzipLike.toString());
        assertTrue(fake.err().contains("fake.gz: the input breaks off (truncated or corrupt file or compressed stream)"),
                "a cut gzip header is no empty file (regression): " + fake);
    }
}
