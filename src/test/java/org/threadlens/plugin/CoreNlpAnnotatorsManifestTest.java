package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.corenlp.CoreNlpProperties;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.annotate.corenlp.Profile;

/**
 * The CoreNLP annotators of plugin.xml against their classes (instantiated as CoreNLP does; none loads a
 * CoreNLP model), the shipped properties file, and the corenlp engine's declared defaults against its code.
 */
class CoreNlpAnnotatorsManifestTest {

    private static Annotator instantiate(PluginManifest.CoreNlpAnnotator a) throws Exception {
        Class<?> c = Class.forName(a.className());
        assertTrue(Annotator.class.isAssignableFrom(c), a.className() + " is a CoreNLP Annotator");
        return (Annotator) c.getConstructor(String.class, Properties.class).newInstance(a.name(), new Properties());
    }

    /** {@code Outer.Inner} names of annotation keys, sorted. */
    private static Set<String> names(Set<Class<? extends CoreAnnotation>> keys) {
        return keys.stream().map(k -> k.getEnclosingClass().getSimpleName() + "." + k.getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void requirementsAreExactlyTheAnnotatorsOwn() throws Exception {
        for (PluginManifest.CoreNlpAnnotator a : PluginManifestTest.rootManifest().coreNlpAnnotators()) {
            Annotator annotator = instantiate(a);
            assertEquals(names(annotator.requires()), new TreeSet<>(a.requires()), a.name() + " requires");
            assertEquals(names(annotator.requirementsSatisfied()), new TreeSet<>(a.provides()), a.name() + " provides");
            Collection<String> after = annotator.exactRequirements();
            assertEquals(a.after(), after == null ? List.of() : List.copyOf(after), a.name() + " after");
        }
    }

    @Test
    void theShippedPropertiesNameEveryAnnotatorWithItsClass() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/threadlens/plugin/corenlp/threadlens.properties")) {
            p.load(in);
        }
        List<String> annotators = List.of(p.getProperty("annotators").split(","));
        for (PluginManifest.CoreNlpAnnotator a : PluginManifestTest.rootManifest().coreNlpAnnotators()) {
            assertEquals(a.className(), p.getProperty("customAnnotatorClass." + a.name()), a.name());
            assertTrue(annotators.contains(a.name()), a.name() + " is in annotators");
        }
        assertEquals("org.threadlens.plugin.corenlp.ThreadLensJsonOutputter", p.getProperty("customOutputter"));
    }

    /** Users' CoreNLP properties name the 0.1 classes: for one release each still loads as its new namesake. */
    @Test
    void theZeroOneClassNamesStillWork() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/threadlens/corenlp/threadlens.properties")) {
            p.load(in);
        }
        for (PluginManifest.CoreNlpAnnotator a : PluginManifestTest.rootManifest().coreNlpAnnotators()) {
            String old = a.className().replace("org.threadlens.plugin.corenlp.", "org.threadlens.corenlp.");
            assertTrue(Class.forName(a.className()).isAssignableFrom(Class.forName(old)), old);
            assertEquals(a.className(), p.getProperty("customAnnotatorClass." + a.name()), "the old properties file");
        }
        assertTrue(Class.forName("org.threadlens.plugin.corenlp.ThreadLensJsonOutputter")
                .isAssignableFrom(Class.forName("org.threadlens.corenlp.ThreadLensJsonOutputter")));
    }

    @Test
    void theCoreNlpEnginesDeclaredDefaultsAreItsDefaults() throws IOException {
        assertDeclared(CoreNlpProperties.forLayers(new CoreNlpProvider().defaultLayers(), Profile.FAST, Map.of()));
        assertDeclared(CoreNlpProperties.forLayers(EnumSet.allOf(Layer.class), Profile.BALANCED, Map.of()));
    }

    /** Every one of these defaults but the annotator list is declared in plugin.xml, with this value. */
    private static void assertDeclared(Properties defaults) throws IOException {
        PluginManifest.Extension corenlp = PluginManifestTest.rootManifest().extensions().stream()
                .filter(e -> e.id().equals("corenlp")).findFirst().orElseThrow();
        int checked = 0;
        for (PluginManifest.Parameter p : corenlp.parameters()) {
            if (defaults.containsKey(p.name())) {
                assertEquals(defaults.getProperty(p.name()), p.defaultValue(), p.name());
                checked++;
            }
        }
        assertEquals(defaults.size() - 1, checked, "every default but the annotator list is declared: " + defaults);
    }
}
