package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and downloading the model jar, against a server on the loopback serving a small jar. */
class LinkModelJarTest {
    @TempDir
    Path tmp;
    private HttpServer server;
    private byte[] served;
    private Path cache;
    private Path mavenRepo;
    private final List<long[]> downloaded = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final Progress recording = new Progress() {
        @Override
        public void downloading(long done, long total) {
            downloaded.add(new long[] {done, total});
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    };

    @BeforeEach
    void serveAJar() throws IOException {
        served = Files.readAllBytes(LinkFixtures.jar(tmp));
        cache = tmp.resolve("cache");
        mavenRepo = tmp.resolve("m2");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dict-1-models.jar", exchange -> {
            exchange.sendResponseHeaders(200, served.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(served);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private LinkModelJar pinned(String sha256) throws IOException {
        LinkModelJar m = LinkFixtures.model(LinkFixtures.jar(tmp), url("/dict-1-models.jar"));
        return new LinkModelJar(m.version(), m.mavenPath(), m.url(), m.size(), sha256, m.entry());
    }

    private List<String> cacheFiles() throws IOException {
        try (var files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aJarFoundNowhereIsDownloadedIntoTheCacheWithProgress() throws Exception {
        LinkModelJar model = pinned(VerifiedDownload.sha256(LinkFixtures.jar(tmp)));
        Path jar = model.locate(mavenRepo, cache, recording);
        assertEquals(cache.resolve("dict-1-models.jar"), jar);
        assertArrayEquals(served, Files.readAllBytes(jar));
        assertArrayEquals(new long[] {served.length, served.length}, downloaded.get(downloaded.size() - 1));
        assertEquals(List.of("dict-1-models.jar"), cacheFiles(), "no partial file left");
    }

    @Test
    void aDownloadWithTheWrongHashIsDeletedAndExplained() throws Exception {
        String actual = VerifiedDownload.sha256(LinkFixtures.jar(tmp));
        LinkModelJar model = pinned("ab".repeat(32));
        IOException e = assertThrows(IOException.class, () -> model.locate(mavenRepo, cache, recording));
        String m = e.getMessage();
        assertTrue(m.contains(model.url().toString()) && m.contains("expected " + "ab".repeat(32))
                && m.contains("got " + actual) && m.contains("To place it by hand"), m);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void anHttpErrorNamesTheUrlAndTheStatus() throws Exception {
        LinkModelJar m = pinned("ab".repeat(32));
        LinkModelJar missing = new LinkModelJar("test", m.mavenPath(), url("/nothing.jar"), 10, m.sha256(), m.entry());
        IOException e = assertThrows(IOException.class, () -> missing.locate(mavenRepo, cache, recording));
        assertTrue(e.getMessage().contains(url("/nothing.jar") + ": the server answered HTTP 404"), e.getMessage());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void noNetworkNamesTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/dict-1-models.jar");
        LinkModelJar m = pinned("ab".repeat(32));
        LinkModelJar offline = new LinkModelJar("test", m.mavenPath(), nowhere, 10, m.sha256(), m.entry());
        IOException e = assertThrows(IOException.class, () -> offline.locate(mavenRepo, cache, recording));
        assertTrue(e.getMessage().startsWith("could not download " + nowhere + " (no network?)"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn dependency:get"), e.getMessage());
    }

    @Test
    void aWrongJarInTheMavenRepositoryIsNotUsedAndAWrongCachedOneIsReplaced() throws Exception {
        LinkModelJar model = pinned(VerifiedDownload.sha256(LinkFixtures.jar(tmp)));
        Path inMaven = mavenRepo.resolve(model.mavenPath());
        Files.createDirectories(inMaven.getParent());
        Files.writeString(inMaven, "not a jar");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(model.fileName()), "truncated");
        Path jar = model.locate(mavenRepo, cache, recording);
        assertArrayEquals(served, Files.readAllBytes(jar));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith(inMaven + " is not the pinned link model jar")),
                notes.toString());
        assertTrue(Files.exists(inMaven), "the Maven repository is not ours to change");
    }

    @Test
    void aVerifiedCachedJarIsUsedWithoutTheNetwork() throws Exception {
        LinkModelJar model = pinned(VerifiedDownload.sha256(LinkFixtures.jar(tmp)));
        Files.createDirectories(cache);
        Files.copy(LinkFixtures.jar(tmp), cache.resolve(model.fileName()));
        server.stop(0);
        assertEquals(cache.resolve(model.fileName()), model.locate(mavenRepo, cache, recording));
        assertFalse(notes.stream().anyMatch(n -> n.startsWith("downloading")));
    }

    @Test
    void coreNlpsJarIsPinned() {
        LinkModelJar kbp = LinkModelJar.CORENLP_KBP;
        assertEquals("stanford-corenlp-4.5.10-models-english-kbp.jar", kbp.fileName());
        assertEquals(227_363_244L, kbp.size());
        assertEquals("e51c106bd5ce2094a65a5d9c898b3151b9355b78fd4dbc3a0020551eb00d7e36", kbp.sha256());
        assertEquals("edu/stanford/nlp/models/kbp/english/wikidict.tab.gz", kbp.entry());
        assertEquals("wikidict-4.5.10-v1", LinkIndexCache.directoryName(kbp));
    }
}
