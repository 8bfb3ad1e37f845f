package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs name files, directories or globs; files keep the order given, and the user's name where there is one. */
class DumpFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void someDumps() throws Exception {
        Files.createDirectories(dir.resolve("2024/_temporary"));
        for (String f : List.of("RS_2024-01.zst", "RC_2024-02.zst", "RC_2024-01.zst", "2024/RC_2024-03.zst",
                "2024/.hidden.crc", "2024/_temporary/part-0", "2024/_SUCCESS")) {
            Files.writeString(dir.resolve(f), "{}\n");
        }
    }

    private List<DumpFile> expand(String... inputs) throws Exception {
        return DumpFiles.expand(List.of(inputs), new Configuration());
    }

    private String uri(String relative) {
        return "file:" + dir.resolve(relative).toAbsolutePath();
    }

    @Test
    void aFileKeepsTheNameTheUserGave() throws Exception {
        String name = dir.resolve("RS_2024-01.zst").toString();
        assertEquals(List.of(new DumpFile(0, name, uri("RS_2024-01.zst"))), expand(name));
    }

    @Test
    void filesComeInTheOrderGiven() throws Exception {
        String rs = dir.resolve("RS_2024-01.zst").toString();
        String rc = dir.resolve("RC_2024-01.zst").toString();
        assertEquals(List.of(rs, rc), expand(rs, rc).stream().map(DumpFile::name).toList());
        assertEquals(List.of(0, 1), expand(rs, rc).stream().map(DumpFile::index).toList());
    }

    @Test
    void aGlobGivesItsMatchesInPathOrder() throws Exception {
        assertEquals(List.of(uri("RC_2024-01.zst"), uri("RC_2024-02.zst")),
                expand(dir.resolve("RC_*.zst").toString()).stream().map(DumpFile::name).toList());
    }

    @Test
    void aDirectoryGivesItsFilesRecursivelyWithoutHiddenOnes() throws Exception {
        assertEquals(List.of(uri("2024/RC_2024-03.zst")),
                expand(dir.resolve("2024").toString()).stream().map(DumpFile::name).toList());
    }

    @Test
    void anInputMatchingNothingIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> expand(dir.resolve("RC_1999-*.zst").toString()));
        assertEquals(dir.resolve("RC_1999-*.zst").toString(), e.getFile());
        assertThrows(NoSuchFileException.class, () -> expand(dir.resolve("absent.zst").toString()));
    }
}
