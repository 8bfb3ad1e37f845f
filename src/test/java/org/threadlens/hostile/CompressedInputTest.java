package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.comments;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compressed inputs whole, cut and corrupt, in every compression and every file format: whole they read as
 * the plain file does; cut or corrupt, the input is reported as breaking off (exit 2, the file named) and
 * what was read before the break is kept, never more than the whole file holds, never a clean end.
 */
class CompressedInputTest {
    @TempDir
    Path dir;

    /** Every compression with every format that is one file (a ConvoKit corpus is a directory of them). */
    static Stream<Arguments> cases() {
        return Stream.of(Compressed.values()).flatMap(c -> FormatWriters.all().stream()
                .filter(w -> !w.format().equals("convokit")).map(w -> Arguments.of(c, w)));
    }


    private Path write(FormatWriter w, String base, byte[] content, Compressed c) throws Exception {
        Path plain = w.place(dir, base, content);
        Path compressed = plain.resolveSibling(plain.getFileName() + "." + c.extension());
        java.nio.file.Files.write(compressed, content);
        java.nio.file.Files.delete(plain);
        return compressed;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wholeReadsAsPlainCutOrCorruptBreaksOffNamed(Compressed c, FormatWriter w) throws Exception {
        byte[] plain = w.bytes(HostileInputs.manyThreads(40));
        Map<String, String> expected = comments(read(w, w.place(dir, "plain", plain)).assertHandled());
        byte[] z = c.compress(plain);

        Outcome whole = read(w, write(w, "whole", z, c));
        assertEquals(0, whole.exit(), whole.toString());
        assertEquals(expected, comments(whole));

        Random r = new Random(c.ordinal() * 31L + w.format().hashCode());
        for (int k = 0; k < 4; k++) {
            int cut = 1 + r.nextInt(z.length - 9);
            Path in = write(w, "cut" + k, Compressed.cut(z, cut / (double) z.length), c);
            Outcome o = assertHandledNaming(read(w, in), in.getFileName().toString());
            assertEquals(2, o.exit(), c + " cut at " + cut + " of " + z.length + ": " + o);
            assertTrue(expected.keySet().containsAll(comments(o).keySet()), o.toString());
        }
        Path in = write(w, "damaged", Compressed.damaged(z, 8), c);
        Outcome o = assertHandledNaming(read(w, in), in.getFileName().toString());
        assertTrue(o.exit() == 2 || !o.skipped().isEmpty(), c + " damaged: " + o);
    }

    static Stream<FormatWriter> lineFormats() {
        return FormatWriters.all().stream().filter(w -> w.lineRecords() && w != FormatWriters.CONVOKIT);
    }

    /** Regression: zstd-jni ended cleanly when a file of several frames was cut inside one after the first. */
    @ParameterizedTest
    @MethodSource("lineFormats")
    void twoZstdFramesCutInTheSecondBreakOff(FormatWriter w) throws Exception {
        Compressed c = Compressed.ZSTD;
        byte[] first = w.bytes(HostileInputs.manyThreads(20));
        byte[] second = w.bytes(HostileInputs.goodThread("5000"));
        byte[] z1 = Compressed.zstdFrames(first);
        byte[] both = Compressed.zstdFrames(first, second);
        for (int extra : new int[] {1, 4, 6, 12, (both.length - z1.length) / 2}) {
            Path in = write(w, "frames" + extra, java.util.Arrays.copyOf(both, z1.length + extra), c);
            Outcome o = assertHandledNaming(read(w, in), in.getFileName().toString());
            assertEquals(2, o.exit(), "cut " + extra + " bytes into the second frame: " + o);
        }
    }
}
