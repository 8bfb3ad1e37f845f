package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkIndexTest {
    @TempDir
    Path dir;

    private LinkIndex fromJar() throws Exception {
        return LinkIndex.build(LinkFixtures.jar(dir), LinkFixtures.ENTRY, dir.resolve("index"), Progress.NONE);
    }

    private static void assertRoundTrips(LinkIndex index) throws Exception {
        List<String> lines = Files.readAllLines(LinkFixtures.TABLE, StandardCharsets.UTF_8);
        int kept = 0;
        for (String line : lines) {
            WikidictRow row = WikidictRow.parse(line).row();
            if (row != null && !line.equals("Obama\tObama,_Fukui\t0.5")) {
                kept++;
                assertEquals(Optional.of(new Candidate(row.article(), Double.parseDouble(Float.toString(row.score())))),
                        index.lookup(row.surface()), line);
                assertTrue(index.hasArticle(row.article()), row.article());
            }
        }
        assertEquals(18, kept);
    }

    @Test
    void everyKeptRowOfAJarEntryRoundTrips() throws Exception {
        try (LinkIndex index = fromJar()) {
            assertRoundTrips(index);
            assertEquals(Optional.of(new Candidate("Python_(programming_language)", 0.810456)), index.lookup("Python"));
            assertEquals(Optional.of(new Candidate("Pythonidae", 0.45068)), index.lookup("python"));
            assertEquals(Optional.of(new Candidate("Kaua‘i_County_Police_Department", 1.0)),
                    index.lookup("Kaua'i County Police"));
        }
    }

    @Test
    void junkIsSkippedAndCountedByKind() throws Exception {
        try (LinkIndex index = fromJar()) {
            IndexManifest m = index.manifest();
            assertEquals(32, m.rowsRead());
            assertEquals(18, m.surfaces());
            assertEquals(16, m.articles(), "Donald_Trump's two runs of rows are one article");
            assertEquals(Map.of(SkipReason.FIELDS, 3L, SkipReason.SCORE, 2L, SkipReason.TOO_LONG, 1L,
                    SkipReason.URL, 2L, SkipReason.YAGO, 1L, SkipReason.PREFIX, 2L, SkipReason.WIKI, 2L,
                    SkipReason.DUPLICATE, 1L), m.skipped());
            for (String junk : List.of("en:Reddit", "yago:Reddit", "www.reddit.com", "Category:Reddit",
                    "Wikipedia article \"Reddit\"", "Reddit Inc")) {
                assertEquals(Optional.empty(), index.lookup(junk), junk);
            }
            assertEquals(Optional.of(new Candidate("Wikileaks", 1.0)), index.lookup("WikiLeaks"));
        }
    }

    @Test
    void aRepeatedSurfaceKeepsItsFirstRowAndItsArticleStillExists() throws Exception {
        try (LinkIndex index = fromJar()) {
            assertEquals(Optional.of(new Candidate("Barack_Obama", 0.944318)), index.lookup("Obama"));
            assertTrue(index.hasArticle("Obama,_Fukui"));
        }
    }

    @Test
    void lookupsAreExactCaseAndTitlesExactSpelling() throws Exception {
        try (LinkIndex index = fromJar()) {
            assertEquals(Optional.empty(), index.lookup("REDDIT"));
            assertEquals(Optional.empty(), index.lookup("Chris"));
            assertTrue(index.hasArticle("Santa_Monica,_California"));
            assertFalse(index.hasArticle("San_Francisco"));
            assertFalse(index.hasArticle("Santa Monica, California"));
        }
    }

    @Test
    void aPlainTableFileBuildsTheSameIndex() throws Exception {
        try (LinkIndex index = LinkIndex.build(LinkFixtures.TABLE, null, dir.resolve("plain"), Progress.NONE)) {
            assertRoundTrips(index);
            assertEquals("wikidict-small.tab", index.manifest().source());
        }
    }

    @Test
    void filesMappedInManyChunksReadTheSame() throws Exception {
        // 16-byte chunks: every title crosses chunk boundaries, as titles of a file over 1 GiB may
        try (LinkIndex index = LinkIndex.build(LinkFixtures.TABLE, null, dir.resolve("chunked"), Progress.NONE, 4)) {
            assertRoundTrips(index);
        }
    }

    @Test
    void lookupsFromManyThreadsAgree() throws Exception {
        try (LinkIndex index = fromJar()) {
            assertTrue(IntStream.range(0, 20_000).parallel().allMatch(i ->
                    index.lookup(i % 2 == 0 ? "Ken Bone" : "東京").orElseThrow().title()
                            .equals(i % 2 == 0 ? "Ken_Bone" : "Tokyo")));
        }
    }

    @Test
    void aCorruptedDataFileIsDetectedOnOpen() throws Exception {
        fromJar().close();
        Path titles = dir.resolve("index").resolve(LinkIndex.TITLES);
        byte[] bytes = Files.readAllBytes(titles);
        bytes[3] ^= 1;
        Files.write(titles, bytes);
        InvalidIndexException e = assertThrows(InvalidIndexException.class, () -> LinkIndex.open(dir.resolve("index")));
        assertEquals(titles, e.file());
        assertTrue(e.getMessage().contains("CRC32C"), e.getMessage());
    }

    @Test
    void aTruncatedDataFileIsDetectedOnOpen() throws Exception {
        fromJar().close();
        Path surfaces = dir.resolve("index").resolve(LinkIndex.SURFACES);
        Files.write(surfaces, new byte[16]);
        InvalidIndexException e = assertThrows(InvalidIndexException.class, () -> LinkIndex.open(dir.resolve("index")));
        assertTrue(e.getMessage().contains("16 bytes, the manifest says"), e.getMessage());
    }

    @Test
    void anIndexOfAnotherFormatVersionIsNotOpened() throws Exception {
        fromJar().close();
        Path manifest = dir.resolve("index").resolve(IndexManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("formatVersion=1", "formatVersion=0"));
        InvalidIndexException e = assertThrows(InvalidIndexException.class, () -> LinkIndex.open(dir.resolve("index")));
        assertTrue(e.getMessage().contains("format version 0, expected 1"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutManifestIsNoIndex() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        InvalidIndexException e = assertThrows(InvalidIndexException.class, () -> LinkIndex.open(dir.resolve("empty")));
        assertEquals(dir.resolve("empty").resolve(IndexManifest.FILE_NAME), e.file());
    }

    @Test
    void aJarWithoutTheDictionaryIsNamed() throws Exception {
        Path jar = LinkFixtures.jar(dir);
        var e = assertThrows(java.io.IOException.class,
                () -> LinkIndex.build(jar, "no/such/wikidict.tab.gz", dir.resolve("x"), Progress.NONE));
        assertTrue(e.getMessage().contains("no entry no/such/wikidict.tab.gz"), e.getMessage());
    }

    @Test
    void aClosedIndexRefusesLookups() throws Exception {
        LinkIndex index = fromJar();
        index.close();
        assertThrows(IllegalStateException.class, () -> index.lookup("Reddit"));
    }
}
