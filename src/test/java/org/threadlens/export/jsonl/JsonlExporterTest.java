package org.threadlens.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.threadlens.thread.Comments.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.TargetExistsException;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.record.ThreadRecordParser;
import org.threadlens.thread.Comments;

class JsonlExporterTest {
    @TempDir
    Path dir;

    private final AnnotatedThread one = Records.annotate(Comments.thread("t1", post("t1", "One.")));
    private final AnnotatedThread two = Records.annotate(Comments.thread("t2", post("t2", "Two.")));

    @Test
    void writesOneRecordPerLineThatParsesBack() throws Exception {
        Path out = dir.resolve("c.jsonl");
        try (ExportWriter w = new JsonlExporter().open(out.toString(), new ExportOptions(true, false))) {
            w.write(one);
            w.write(two);
            w.commit();
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertEquals(two, new ThreadRecordParser().parse(lines.get(1)));
    }

    @Test
    void nothingAppearsUntilCommittedAndAnAbortLeavesNoFile() throws Exception {
        Path out = dir.resolve("c.jsonl");
        try (ExportWriter w = new JsonlExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(one);
            assertFalse(Files.exists(out));
        }
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void aDeviceTargetIsWrittenDirectlyNotReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        try (ExportWriter w = new JsonlExporter().open(devNull.toString(), ExportOptions.defaults())) {
            w.write(one);
            w.commit();
        }
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void anExistingTargetIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("c.jsonl");
        Files.writeString(out, "precious\n");
        assertThrows(TargetExistsException.class, () -> new JsonlExporter().open(out.toString(), ExportOptions.defaults()));
        assertEquals("precious\n", Files.readString(out));
        try (ExportWriter w = new JsonlExporter().open(out.toString(), new ExportOptions(false, true))) {
            w.write(one);
            w.commit();
        }
        assertEquals(1, Files.readAllLines(out).size());
    }
}
