package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.comments;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers where strings belong and the reverse, objects and arrays where scalars belong, in every JSON format:
 * the record is skipped and named (file and line), or the input refused and named; never a crash, never a
 * text made up from a value that was no text.
 */
class RetypedFieldsTest {
    /** What replaces a field's value, as JSON. */
    private static final List<String> VALUES = List.of("12345", "-1.5e300", "true", "null", "{\"a\": 1}", "[1, \"x\"]", "\"12abc\"",
            "\"\"", "99999999999999999999999999");

    @TempDir
    Path dir;

    static Stream<FormatWriter> formats() {
        return FormatWriters.all().stream().filter(w -> w.keys() != null);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFieldRetypedEveryWayIsHandledAndNamed(FormatWriter w) {
        FormatWriter.Keys k = w.keys();
        int n = 0;
        for (String key : List.of(k.id(), k.text(), k.time(), k.score())) {
            for (String value : VALUES) {
                Item marked = HostileInputs.goodThread().get(2);
                byte[] good = w.bytes(HostileInputs.goodThread());
                String field = "\"" + key + "\":" + FieldValue.of(w, marked, key);
                byte[] content = HostileInputs.replaceFirst(good, field, "\"" + key + "\":" + value);
                Path in = w.place(dir, "retyped" + n++, content);
                Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString());
                String what = key + "=" + value + ": " + o;
                Map<String, String> texts = comments(o);
                if (key.equals(k.text())) {
                    assertTrue(texts.values().stream().noneMatch(t -> t.contains("{") || t.equals("true") || t.equals("12345")
                            || t.contains("1.5")), "no text made up from a non-text value: " + what + " " + texts.values());
                }
                if (o.exit() == 0 && o.skipped().isEmpty()) {
                    assertEquals(4, texts.size(), "read whole or something is said: " + what);
                }
            }
        }
    }
}
