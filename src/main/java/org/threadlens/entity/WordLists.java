package org.threadlens.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists beside these classes: one entry a line, {@code #} comments, compared in lower case. */
final class WordLists {
    private WordLists() {
    }

    /**
     * The entries written all in lower case of word lists elsewhere on the classpath (absolute resource names);
     * an empty set where none is present (a classpath without CoreNLP's models).
     */
    static Set<String> loadLowerCaseEntries(String... resources) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String resource : resources) {
            try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
                if (in != null) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && l.equals(l.toLowerCase(Locale.ROOT))).forEach(out::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return Set.copyOf(out);
    }

    static Set<String> load(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing beside " + WordLists.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
