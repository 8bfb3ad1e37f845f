package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.Layer;
import org.threadlens.export.CorpusExporter;
import org.threadlens.read.ThreadReader;
import org.threadlens.spi.Extensions;

/** plugin.xml against its schema and against the code: both ways, nothing declared that is not there. */
class PluginManifestTest {

    static PluginManifest rootManifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            return PluginManifestParser.parse(in, "plugin.xml");
        }
    }

    private static Set<String> registered(ExtensionPoint point) {
        return Extensions.all(point.type()).stream().map(n -> n.name() + "=" + n.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theManifestValidatesAgainstTheSchemaInTheJar() throws Exception {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream xsd = PluginManifestParser.class.getResourceAsStream(PluginManifestParser.SCHEMA)) {
            assertNotNull(xsd, PluginManifestParser.SCHEMA + " is in the jar");
            Validator v = f.newSchema(new StreamSource(xsd)).newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(Path.of("plugin.xml").toFile()));
        }
    }

    @Test
    void everyDeclaredExtensionIsRegisteredAndEveryRegisteredOneIsDeclared() throws IOException {
        PluginManifest m = rootManifest();
        for (ExtensionPoint point : ExtensionPoint.values()) {
            Set<String> declared = m.extensions().stream().filter(e -> e.point() == point)
                    .map(e -> e.id() + "=" + e.className()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, registered(point), point.element());
        }
    }

    @Test
    void declaredClassesImplementTheirExtensionPoint() throws Exception {
        for (PluginManifest.Extension e : rootManifest().extensions()) {
            Class<?> c = Class.forName(e.className());
            assertTrue(e.point().type().isAssignableFrom(c), e.className() + " implements " + e.point().type());
        }
    }

    @Test
    void readersAreDeclaredAsTheyDescribeThemselves() throws IOException {
        for (PluginManifest.Extension e : rootManifest().extensions()) {
            if (e.point() == ExtensionPoint.THREAD_READER) {
                ThreadReader r = Extensions.find(ThreadReader.class, e.id()).orElseThrow();
                assertEquals(r.description(), e.description(), e.id());
                assertEquals(r.filePatterns(), e.filePatterns(), e.id());
            }
        }
    }

    @Test
    void exportersAreDeclaredAsTheyDescribeThemselves() throws IOException {
        int exporters = 0;
        for (PluginManifest.Extension e : rootManifest().extensions()) {
            if (e.point() == ExtensionPoint.EXPORTER) {
                CorpusExporter x = Extensions.find(CorpusExporter.class, e.id()).orElseThrow();
                assertEquals(x.description(), e.description(), e.id());
                exporters++;
            }
        }
        assertEquals(Extensions.all(CorpusExporter.class).size(), exporters);
    }

    @Test
    void annotatorsProvideExactlyTheLayersTheirEngineSupports() throws IOException {
        for (PluginManifest.Extension e : rootManifest().extensions()) {
            if (e.point() == ExtensionPoint.ANNOTATOR) {
                CommentAnnotatorProvider p = Extensions.find(CommentAnnotatorProvider.class, e.id()).orElseThrow();
                assertEquals(Layer.toList(p.supportedLayers()), String.join(",", e.provides()), e.id());
                assertEquals(p.description(), e.description(), e.id());
            }
        }
    }

    @Test
    void theJarCarriesTheSameManifestAndItsVersionIsTheBuildsVersion() throws IOException {
        assertEquals(rootManifest(), PluginManifestParser.fromClasspath());
        assertEquals(BuildInfo.threadLensVersion(), rootManifest().version());
    }

    @Test
    void everyModelIsOnTheTestClasspathAsDeclaredButThoseDownloadedOnFirstUse() throws IOException {
        for (PluginRegistry.ModelStatus s : PluginRegistry.models(rootManifest())) {
            if (s.model().fetch() == PluginManifest.Fetch.CLASSPATH) {
                assertEquals(PluginRegistry.Presence.OK, s.presence(), s.model().id() + ": " + s.note());
            }
        }
    }

    @Test
    void theEntityLinkingModelIsDownloadedOnFirstUseFromMavenCentral() throws IOException {
        PluginManifest.Model kbp = rootManifest().models().stream().filter(m -> m.id().equals("corenlp-english-kbp"))
                .findFirst().orElseThrow();
        assertEquals(PluginManifest.Fetch.ON_FIRST_USE, kbp.fetch());
        assertEquals("edu.stanford.nlp:stanford-corenlp:" + BuildInfo.coreNlpVersion() + ":models-english-kbp", kbp.source());
        assertEquals(227_363_244L, kbp.size());
        assertEquals("GPL-3.0-or-later", kbp.license());
    }

    /** Where a model fetched on first use is looked for: the local Maven repository, then the cache; its size checked. */
    @Test
    void aModelFetchedOnFirstUseIsFoundInTheMavenRepositoryOrTheCacheOrIsNotYetThere(@TempDir Path dir) throws IOException {
        PluginManifest.Model small = new PluginManifest.Model("small", new PluginManifest.MavenCoordinates("org.example",
                "small", "1.0", "models"), null, 5, "0".repeat(64), "MIT", "org/example/absent.txt", "d",
                PluginManifest.Fetch.ON_FIRST_USE);
        PluginManifest m = new PluginManifest("p", "P", "1", 17, List.of(), List.of(), List.of(small));
        ModelLocations at = new ModelLocations(dir.resolve("cache"), dir.resolve("m2"));
        PluginRegistry.ModelStatus none = PluginRegistry.models(m, at).get(0);
        assertEquals(PluginRegistry.Presence.NOT_DOWNLOADED, none.presence());
        assertTrue(none.present(), "what needs it can run: it downloads it");
        assertEquals("downloaded on first use into " + dir.resolve("cache/small-1.0-models.jar"), none.note());

        Path cached = dir.resolve("cache/small-1.0-models.jar");
        Files.createDirectories(cached.getParent());
        Files.write(cached, new byte[] {1, 2, 3, 4, 5});
        assertEquals(List.of(PluginRegistry.Presence.OK, cached.toString()),
                List.of(PluginRegistry.models(m, at).get(0).presence(), PluginRegistry.models(m, at).get(0).where()));

        Path inMaven = dir.resolve("m2/org/example/small/1.0/small-1.0-models.jar");
        Files.createDirectories(inMaven.getParent());
        Files.write(inMaven, new byte[] {1, 2, 3});
        PluginRegistry.ModelStatus other = PluginRegistry.models(m, at).get(0);
        assertEquals(PluginRegistry.Presence.DIFFERENT, other.presence(), "the Maven repository's is looked at first");
        assertEquals(inMaven + " 3 bytes, declared 5", other.where() + " " + other.note());
    }

    @Test
    void bundledModelsAreTheFilesOfModelsWithTheDeclaredSizeAndChecksum() throws Exception {
        for (PluginManifest.Model m : rootManifest().models()) {
            if (m.bundledPath() != null) {
                Path file = Path.of(m.bundledPath());
                assertEquals(m.size(), Files.size(file), m.id());
                assertEquals(m.sha256(), PluginRegistry.sha256(file.toUri().toURL()), m.id());
            }
        }
    }

    @Test
    void theModelsManifestListsTheSameModels() throws IOException {
        List<String> tsv = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("models/manifest.tsv"))) {
            if (!line.startsWith("#")) {
                String[] f = line.split("\t");
                tsv.add(String.join(" ", f[0], f[1], f[2], f[3], f[4]));
            }
        }
        List<String> declared = rootManifest().models().stream()
                .map(m -> String.join(" ", m.id(), m.source(), Long.toString(m.size()), m.sha256(), m.license())).toList();
        assertEquals(declared, tsv);
    }

    @Test
    void everyRequiredModelIsDeclared() throws IOException {
        PluginManifest m = rootManifest();
        Set<String> ids = m.models().stream().map(PluginManifest.Model::id).collect(Collectors.toSet());
        m.extensions().forEach(e -> assertTrue(ids.containsAll(e.requiredModels()), e.id()));
        m.coreNlpAnnotators().forEach(a -> assertTrue(ids.containsAll(a.requiredModels()), a.name()));
    }
}
