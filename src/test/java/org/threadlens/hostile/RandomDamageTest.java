package org.threadlens.hostile;

import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to good inputs of every format, plain and compressed: bytes flipped, cut out,
 * repeated, and JSON's and UTF-8's sharp edges dropped in. Each damaged input must be handled (exit 0 or 2,
 * no stack trace), its problems named by file, its records whole JSON, within five seconds. The seed of each
 * case is in its failure message, so a failure replays exactly.
 */
class RandomDamageTest {
    /** Cases per format: 40 in the build; more with -Dthreadlens.fuzz.cases=N for a longer hunt. */
    private static final int CASES_PER_FORMAT = Integer.getInteger("threadlens.fuzz.cases", 40);
    private static final String[] SHARP = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud83d", "\\u0000", "\n", "\r\n",
        "null", "-", "1e999999", "99999999999999999999999", "\"id\":", "\"parent_id\":\"t1_", "\"link_id\":\"t3_"};
    private static final byte[][] SHARP_BYTES = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(FormatWriters.EVERY_FORMAT)
    void randomDamageIsAlwaysHandled(FormatWriter w) {
        List<Item> items = new ArrayList<>(HostileInputs.manyThreads(3));
        items.set(1, items.get(1).withText("caf\u00e9 \ud83d\ude00 \u05e9\u05dc\u05d5\u05dd \"quoted\" back\\slash"));
        byte[] good = w.bytes(items);
        for (int k = 0; k < CASES_PER_FORMAT; k++) {
            long seed = w.format().hashCode() * 1_000L + k;
            Random r = new Random(seed);
            byte[] damaged = damage(good, r);
            if (k % 5 == 4) {
                damaged = Compressed.values()[r.nextInt(Compressed.values().length)].compress(damaged);
                damaged = r.nextBoolean() ? damaged : Compressed.cut(damaged, 0.3 + 0.7 * r.nextDouble());
            }
            Path in = w.place(dir, "seed" + seed, damaged);
            try {
                assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString()).assertWithin(5_000);
            } catch (AssertionError e) {
                throw new AssertionError(w.format() + ", seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** One to four random edits. */
    static byte[] damage(byte[] good, Random r) {
        byte[] b = good;
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 2; e++) {
            int at = r.nextInt(b.length);
            b = switch (r.nextInt(5)) {
                case 0 -> flip(b, at, r);
                case 1 -> splice(b, at, Math.min(b.length, at + 1 + r.nextInt(40)), new byte[0]);
                case 2 -> splice(b, at, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(200))));
                case 3 -> splice(b, at, at, SHARP[r.nextInt(SHARP.length)].getBytes(StandardCharsets.UTF_8));
                default -> splice(b, at, at, SHARP_BYTES[r.nextInt(SHARP_BYTES.length)]);
            };
        }
        return b;
    }

    private static byte[] flip(byte[] b, int at, Random r) {
        byte[] c = b.clone();
        c[at] ^= (byte) (1 << r.nextInt(8));
        return c;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.writeBytes(insert);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }
}
