package org.threadlens.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word lists beside these classes: one entry a line, {@code #} comments, compared in lower case. */
final class WordLists {
    private WordLists() {
    }

    /** A list beside these classes, in lower case. */
    static Set<String> load(String resource) {
        List<String> lines = lines(resource);
        if (lines == null) {
            throw new IllegalStateException("resource " + resource + " is missing beside " + WordLists.class.getName());
        }
        Set<String> out = new HashSet<>();
        lines.forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /**
     * The entries written all in lower case of word lists elsewhere on the classpath (absolute resource names);
     * an empty set where none is present (a classpath without CoreNLP's models).
     */
    static Set<String> loadLowerCaseEntries(String... resources) {
        Set<String> out = new HashSet<>();
        for (String resource : resources) {
            List<String> lines = lines(resource);
            if (lines != null) {
                lines.stream().filter(l -> l.equals(l.toLowerCase(Locale.ROOT))).forEach(out::add);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The entries of a resource (relative to this package, or absolute): its lines stripped, without blank
     * lines and {@code #} comments; null if there is no such resource.
     */
    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
