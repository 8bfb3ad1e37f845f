package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threadlens.BuildInfo;

class PluginManifestTest {

    private static PluginManifest rootManifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("plugin.xml"))) {
            return PluginManifestParser.parse(in, "plugin.xml");
        }
    }

    private static Set<String> registered(ExtensionPoint point) {
        return Extensions.all(point.type()).stream().map(n -> n.name() + "=" + n.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
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
    void theJarCarriesTheSameManifestAndItsVersionIsTheBuildsVersion() throws IOException {
        assertEquals(rootManifest(), PluginManifestParser.fromClasspath());
        assertEquals(BuildInfo.threadLensVersion(), rootManifest().version());
    }

    @Test
    void theModelsAreOnTheTestClasspath() throws IOException {
        for (PluginRegistry.ModelStatus s : PluginRegistry.models(rootManifest())) {
            assertTrue(s.present(), s.model().coordinates());
        }
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE plugin [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<plugin xmlns=\"" + PluginManifestParser.NAMESPACE + "\" id=\"&x;\" name=\"n\" version=\"1\" java=\"17\"/>";
        IOException e = assertThrows(IOException.class, () -> parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><plugin xmlns=\"" + PluginManifestParser.NAMESPACE + "\" id=\"&lol9;\" name=\"n\" version=\"1\" java=\"17\"/>");
        assertThrows(IOException.class, () -> parse(bomb.toString()));
    }

    @Test
    void aWrongRootElementIsNamed() {
        IOException e = assertThrows(IOException.class, () -> parse("<plugin id='x'/>"));
        assertTrue(e.getMessage().contains(PluginManifestParser.NAMESPACE), e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }

    private static PluginManifest parse(String xml) throws IOException {
        return PluginManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }
}
