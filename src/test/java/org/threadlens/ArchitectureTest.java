package org.threadlens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the flow, enforced: an import scan of {@code src/main/java} (imports, static imports and
 * fully qualified names, Javadoc links included) that fails on any package cycle and on any import that points
 * up the list of {@link #LAYERS}. docs/architecture.md shows the same list; change both together.
 */
class ArchitectureTest {
    /**
     * The top-level packages under {@code org.threadlens}, lowest first ("" is {@code org.threadlens} itself).
     * A package may import those before it, never those after it.
     */
    static final List<String> LAYERS = List.of(
            "", "spi", "json", "thread", "text", "read", "annotate", "sentiment", "entity", "analyze", "record",
            "store", "trends", "export", "report", "plugin", "corenlp", "pipeline", "bench", "spark", "cli");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (org\\.threadlens[\\w.]*);");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.threadlens((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** Package to the packages it names, over every main source file. */
    private static Map<String, Set<String>> imports;

    @BeforeAll
    static void scan() throws IOException {
        imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(ArchitectureTest::scanFile);
        }
    }

    private static void scanFile(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher p = PACKAGE.matcher(source);
        assertTrue(p.find(), file + " declares no org.threadlens package");
        String from = p.group(1);
        Set<String> to = imports.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher r = REFERENCE.matcher(source);
        while (r.find()) {
            String target = "org.threadlens" + r.group(1);
            if (!target.equals(from)) {
                to.add(target);
            }
        }
    }

    @Test
    void everyTopLevelPackageHasItsPlaceInTheFlow() {
        Set<String> unknown = new TreeSet<>();
        imports.keySet().forEach(pkg -> {
            if (!LAYERS.contains(topLevel(pkg))) {
                unknown.add(pkg);
            }
        });
        assertEquals(Set.of(), unknown, "packages missing from ArchitectureTest.LAYERS and docs/architecture.md");
    }

    @Test
    void importsPointDownTheFlow() {
        List<String> upward = new ArrayList<>();
        imports.forEach((from, targets) -> targets.forEach(to -> {
            if (LAYERS.indexOf(topLevel(to)) > LAYERS.indexOf(topLevel(from))) {
                upward.add(from + " -> " + to);
            }
        }));
        assertEquals(List.of(), upward, "imports against the flow " + LAYERS);
    }

    @Test
    void noPackageCycles() {
        List<List<String>> cycles = new PackageCycles(imports).find();
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void theExtensionSpiImportsNothingOfOurs() {
        assertEquals(Set.of(), imports.get("org.threadlens.spi"));
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), new PackageCycles(graph).find());
    }

    /** {@code read} for {@code org.threadlens.read.pushshift}; "" for {@code org.threadlens}. */
    static String topLevel(String pkg) {
        String rest = pkg.equals("org.threadlens") ? "" : pkg.substring("org.threadlens.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
