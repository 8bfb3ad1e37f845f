package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests written to attack or to mislead the parser: refused, naming why, without touching anything else. */
class PluginManifestHostileInputTest {
    private static final String ROOT = "<plugin xmlns=\"" + PluginManifestParser.NAMESPACE + "\" id=\"x\" name=\"n\" version=\"1\" java=\"17\">";

    @TempDir
    Path dir;

    private static IOException refused(String xml) {
        return assertThrows(IOException.class, () -> PluginManifestParser.parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml"));
    }

    /** The root manifest with one replacement, to show that a small change is caught. */
    private static String rootWith(String from, String to) throws IOException {
        String xml = Files.readString(Path.of("plugin.xml"));
        assertTrue(xml.contains(from), from);
        return xml.replace(from, to);
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        IOException e = refused("<?xml version=\"1.0\"?><!DOCTYPE plugin [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + ROOT.replace("id=\"x\"", "id=\"&x;\"") + "</plugin>");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>").append(ROOT.replace("id=\"x\"", "id=\"&lol9;\"")).append("</plugin>");
        assertTrue(refused(bomb.toString()).getMessage().contains("DOCTYPE"));
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        IOException e = refused("<?xml version=\"1.0\"?><!DOCTYPE plugin SYSTEM \"http://127.0.0.1:9/plugin.dtd\">" + ROOT + "</plugin>");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void xincludeIsNotProcessed() {
        IOException e = refused(ROOT.replace("java=\"17\">", "java=\"17\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></plugin>");
        assertTrue(e.getMessage().startsWith("test.xml:1:"), e.getMessage());
    }

    @Test
    void aSchemaLocationInTheDocumentIsIgnored() throws IOException {
        String xml = rootWith("java=\"17\">", "java=\"17\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"https://threadlens.org/plugin/1 http://127.0.0.1:9/evil.xsd\">");
        PluginManifest m = PluginManifestParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml");
        assertFalse(m.models().isEmpty());
    }

    @Test
    void aWrongRootElementIsNamed() {
        IOException e = refused("<plugin id='x'/>");
        assertTrue(e.getMessage().contains(PluginManifestParser.NAMESPACE), e.getMessage());
    }

    @Test
    void schemaViolationsNameTheLine() throws IOException {
        IOException badSafety = refused(rootWith("thread-safety=\"confined\"", "thread-safety=\"sometimes\""));
        assertTrue(badSafety.getMessage().matches("test\\.xml:\\d+:\\d+: not a valid plugin manifest: .*sometimes.*"),
                badSafety.getMessage());
        assertTrue(refused(rootWith("<requires-model>opennlp-pos</requires-model>",
                "<requires-model>no-such-model</requires-model>")).getMessage().contains("no-such-model"));
        assertTrue(refused(rootWith("sha256=\"a5da9f6f", "sha256=\"A5DA9F6F")).getMessage().contains("sha256"));
        assertTrue(refused(rootWith("<provides>sentences tokens pos sentiment</provides>",
                "<provides>sentences moods</provides>")).getMessage().contains("moods"));
    }
}
