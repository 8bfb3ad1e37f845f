package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.BuildInfo;

/** The plugin distribution {@code mvn package} builds: its layout, and that it leaves CoreNLP's models out. */
class PluginDistributionIT {
    private static ZipFile zip;

    @BeforeAll
    static void open() throws IOException {
        Path file = Path.of("target", "threadlens-" + BuildInfo.threadLensVersion() + "-plugin.zip");
        assertTrue(Files.isRegularFile(file), file + " is built by mvn package");
        zip = new ZipFile(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        zip.close();
    }

    private static byte[] bytes(String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        assertNotNull(e, entry + " is in the distribution");
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> names() {
        return zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theManifestIsAtTheRootAndIsTheRepositorysOwn() throws IOException {
        assertArrayEquals(Files.readAllBytes(Path.of("plugin.xml")), bytes("plugin.xml"));
        Set<String> top = names().stream().map(n -> n.contains("/") ? n.substring(0, n.indexOf('/') + 1) : n)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("README.md", "bin/", "corenlp/", "lib/", "models/", "plugin.xml"), top);
    }

    @Test
    void libHoldsThreadLensAndEveryRuntimeDependencyButCoreNlpsModels() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.add("lib/threadlens-" + BuildInfo.threadLensVersion() + ".jar");
        for (String jar : Files.readString(Path.of("target", "runtime-classpath.txt")).strip().split(java.io.File.pathSeparator)) {
            String name = Path.of(jar).getFileName().toString();
            if (!name.startsWith("stanford-corenlp-") || !name.contains("-models")) {
                expected.add("lib/" + name);
            }
        }
        Set<String> lib = names().stream().filter(n -> n.startsWith("lib/")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, lib);
        assertTrue(lib.contains("lib/stanford-corenlp-" + BuildInfo.coreNlpVersion() + ".jar"), "CoreNLP's code is there");
        assertTrue(lib.stream().noneMatch(n -> n.contains("-models.jar") || n.contains("models-english")), lib.toString());
    }

    @Test
    void threadLensJarCarriesTheManifestAndItsSchema() throws IOException {
        byte[] jar = bytes("lib/threadlens-" + BuildInfo.threadLensVersion() + ".jar");
        Set<String> entries = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertTrue(entries.containsAll(List.of("META-INF/plugin.xml", "org/threadlens/plugin/plugin-1.xsd",
                "org/threadlens/plugin/corenlp/threadlens.properties", "threadlens-models/opennlp-sentiment.bin")), entries.toString());
    }

    @Test
    void modelsHoldsOurFilesAsTheManifestDeclaresThem() throws Exception {
        PluginManifest m = PluginManifestParser.parse(new java.io.ByteArrayInputStream(bytes("plugin.xml")), "plugin.xml");
        for (PluginManifest.Model model : m.models()) {
            if (model.bundledPath() != null) {
                byte[] file = bytes(model.bundledPath());
                assertEquals(model.size(), file.length, model.id());
                assertEquals(model.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), model.id());
            }
        }
        assertTrue(names().containsAll(List.of("models/manifest.tsv", "models/README.md", "models/LICENSE-vader.txt")));
    }

    @Test
    void theReadmeSaysWhereTheLargeModelsComeFrom() throws IOException {
        String readme = new String(bytes("README.md"), StandardCharsets.UTF_8);
        for (String coordinates : List.of("edu.stanford.nlp:stanford-corenlp:" + BuildInfo.coreNlpVersion() + ":models",
                "edu.stanford.nlp:stanford-corenlp:" + BuildInfo.coreNlpVersion() + ":models-english")) {
            assertTrue(readme.contains(coordinates), coordinates);
        }
        assertTrue(readme.contains("Maven Central"));
        assertTrue(!readme.contains("${"), "filtered: " + Arrays.toString(readme.lines().filter(l -> l.contains("${")).toArray()));
    }

    @Test
    void itsCommandLineRunsFromTheUnpackedArchiveAndFindsEverything(@TempDir Path dir) throws Exception {
        unpack(dir);
        Process p = new ProcessBuilder("bash", dir.resolve("bin/threadlens").toString(), "plugins")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("threadlens_sentiment   ok"), out);
        assertTrue(out.contains("opennlp-pos            ok"), out);
        assertTrue(Files.isExecutable(dir.resolve("bin/threadlens")), "bin/threadlens is executable");
    }

    /** Unpacks the archive with the file modes it records (commons-compress reads them; java.util.zip does not). */
    private static void unpack(Path dir) throws IOException {
        Path file = Path.of(zip.getName());
        try (org.apache.commons.compress.archivers.zip.ZipFile z =
                     org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    target.toFile().setExecutable(true);
                }
            }
        }
    }
}
