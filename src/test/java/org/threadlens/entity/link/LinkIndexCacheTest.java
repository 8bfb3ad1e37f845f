package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkIndexCacheTest {
    @TempDir
    Path tmp;
    private Path cache;
    private Path mavenRepo;
    private LinkModelJar model;
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final Progress recording = new Progress() {
        @Override
        public void note(String message) {
            notes.add(message);
        }
    };

    @BeforeEach
    void jarInTheCache() throws Exception {
        cache = tmp.resolve("cache");
        mavenRepo = tmp.resolve("m2");
        Files.createDirectories(cache);
        Path jar = LinkFixtures.jar(tmp);
        // no server listens on port 9 of the loopback: a download would fail, so the cached jar must be used
        model = LinkFixtures.model(jar, URI.create("http://127.0.0.1:9/dict-1-models.jar"));
        Files.copy(jar, cache.resolve(model.fileName()));
    }

    private LinkIndex openOrBuild() throws Exception {
        return LinkIndexCache.openOrBuild(cache, model, mavenRepo, recording);
    }

    private long builds() {
        return notes.stream().filter(n -> n.startsWith("building the link index")).count();
    }

    private Path indexDir() {
        return cache.resolve("wikidict-test-v1");
    }

    @Test
    void theFirstUseBuildsIntoAVersionedDirectoryAndLaterUsesOpenIt() throws Exception {
        try (LinkIndex index = openOrBuild()) {
            assertEquals(indexDir(), index.directory());
            assertEquals(Optional.of(new Candidate("Ken_Bone", 1.0)), index.lookup("Ken Bone"));
        }
        openOrBuild().close();
        assertEquals(1, builds(), notes.toString());
        try (var files = Files.list(cache)) {
            assertEquals(List.of("dict-1-models.jar", "wikidict-test-v1", "wikidict-test-v1.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary directory left");
        }
    }

    @Test
    void anIndexBuiltFromAnotherJarIsRebuilt() throws Exception {
        openOrBuild().close();
        Path manifest = indexDir().resolve(IndexManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace(model.sha256(), "0".repeat(64)));
        openOrBuild().close();
        assertEquals(2, builds());
        assertTrue(notes.stream().anyMatch(n -> n.contains("was built from another jar")), notes.toString());
        assertEquals(model.sha256(), LinkIndex.open(indexDir()).manifest().sourceSha256());
    }

    @Test
    void anIndexOfAnotherFormatVersionIsRebuilt() throws Exception {
        openOrBuild().close();
        Path manifest = indexDir().resolve(IndexManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("formatVersion=1", "formatVersion=2"));
        openOrBuild().close();
        assertEquals(2, builds());
        assertTrue(notes.stream().anyMatch(n -> n.contains("format version 2, expected 1")), notes.toString());
    }

    @Test
    void aCorruptIndexIsRebuilt() throws Exception {
        openOrBuild().close();
        Path articles = indexDir().resolve(LinkIndex.ARTICLES);
        byte[] bytes = Files.readAllBytes(articles);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(articles, bytes);
        try (LinkIndex index = openOrBuild()) {
            assertTrue(index.hasArticle("Barack_Obama"));
        }
        assertEquals(2, builds());
    }

    @Test
    void whatAKilledBuildLeftIsDeletedByTheNextBuild() throws Exception {
        Path leftover = Files.createDirectories(cache.resolve("wikidict-test-v1.tmp-12345"));
        Files.writeString(leftover.resolve(LinkIndex.TITLES), "half");
        openOrBuild().close();
        assertFalse(Files.exists(leftover));
    }

    @Test
    void twoThreadsOpeningAtOnceBuildOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LinkIndex> a = pool.submit(this::openOrBuild);
            Future<LinkIndex> b = pool.submit(this::openOrBuild);
            assertEquals(a.get().lookup("Reddit"), b.get().lookup("Reddit"));
        } finally {
            pool.shutdown();
        }
        assertEquals(1, builds(), notes.toString());
    }

    @Test
    void theMavenRepositorysJarIsUsedFirst() throws Exception {
        Path inMaven = mavenRepo.resolve(model.mavenPath());
        Files.createDirectories(inMaven.getParent());
        Files.move(cache.resolve(model.fileName()), inMaven);
        openOrBuild().close();
        assertTrue(notes.contains("link model jar: " + inMaven), notes.toString());
        assertFalse(Files.exists(cache.resolve(model.fileName())), "nothing downloaded");
    }
}
