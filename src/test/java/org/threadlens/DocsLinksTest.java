package org.threadlens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in README.md and docs/**.md resolves: the file or directory exists and a
 * {@code #fragment} names a heading of the target markdown file (GitHub's slugs). External links
 * (http, https, mailto) are not checked; links inside code (fenced blocks, backtick spans) are not links.
 */
class DocsLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkInTheDocsResolves() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> broken = brokenLinks(files);
        assertTrue(broken.isEmpty(), broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    @Test
    void aMissingFileOrHeadingIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Top: the *first* (one)\n\n## Top: the first (one)\n"
                + "[ok](b.md#the-b-page) [ok](#top-the-first-one-1) [web](https://example.org/x) `[code](nope.md)`\n"
                + "```\n[fenced](nope.md)\n```\n"
                + "[gone](missing.md) and [bad anchor](b.md#nope) and [self](#top-the-first-one-2)\n");
        Files.writeString(dir.resolve("b.md"), "# The B page\n");
        List<String> broken = brokenLinks(List.of(dir.resolve("a.md")));
        String a = dir.resolve("a.md").toString();
        assertEquals(List.of(
                a + ":8: [gone](missing.md): no such file " + dir.resolve("missing.md"),
                a + ":8: [bad anchor](b.md#nope): no heading with slug 'nope' in " + dir.resolve("b.md"),
                a + ":8: [self](#top-the-first-one-2): no heading with slug 'top-the-first-one-2' in " + a), broken);
    }

    @Test
    void slugsFollowGitHub() {
        assertEquals("the-annotated-thread-record-schema-threadlens1",
                slug("The annotated thread record (schema `threadlens/1`)"));
        assertEquals("engines-corenlp-or-the-light-opennlp", slug("Engines: CoreNLP, or the light OpenNLP"));
        assertEquals("see-store_meta--runs", slug("See [`store_meta`](store.md) & runs"));
    }

    /** Each broken link as {@code FILE:LINE: [text](target): what is wrong}, in file and line order. */
    static List<String> brokenLinks(List<Path> files) {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> slugCache = new HashMap<>();
        for (Path file : files) {
            List<String> lines = readLines(file);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
                while (m.find()) {
                    String problem = problem(file, m.group(2), slugCache);
                    if (problem != null) {
                        broken.add(file + ":" + (i + 1) + ": [" + m.group(1) + "](" + m.group(2) + "): " + problem);
                    }
                }
            }
        }
        return broken;
    }

    /** What is wrong with one link target of {@code file}, or null when it resolves or is external. */
    private static String problem(Path file, String target, Map<Path, Set<String>> slugCache) {
        if (target.matches("(?i)(https?|mailto):.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        Path resolved = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
        Path shown = path.isEmpty() ? file : file.resolveSibling(path).normalize();
        if (!Files.exists(resolved)) {
            return "no such file " + shown;
        }
        if (hash < 0 || !resolved.toString().endsWith(".md")) {
            return null;
        }
        String fragment = target.substring(hash + 1);
        Set<String> slugs = slugCache.computeIfAbsent(resolved, DocsLinksTest::headingSlugs);
        return slugs.contains(fragment) ? null : "no heading with slug '" + fragment + "' in " + shown;
    }

    /** The anchors GitHub gives the headings of a markdown file; a repeated slug gets -1, -2, ... */
    static Set<String> headingSlugs(Path file) {
        Set<String> slugs = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : readLines(file)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                String base = slug(m.group(1));
                int n = seen.merge(base, 1, Integer::sum) - 1;
                slugs.add(n == 0 ? base : base + "-" + n);
            }
        }
        return slugs;
    }

    /** GitHub's slug of a heading: its visible text in lower case, punctuation but - and _ dropped, spaces as -. */
    static String slug(String heading) {
        String visible = LINK.matcher(heading).replaceAll("$1");
        return visible.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
