package org.threadlens.entity.link;

import java.util.Optional;

/**
 * Surface form → most likely English Wikipedia article: what {@link EntityLinker} decides over. {@link LinkIndex}
 * is the real one (CoreNLP's wikidict, on disk); tests use a small map. Implementations are thread-safe.
 */
public interface LinkDictionary {
    /** The entry of exactly this surface (case-sensitive, as written), or empty where the dictionary has none. */
    Optional<Candidate> lookup(String surface);

    /** Whether an article of exactly this title ({@code San_Francisco}, underscores) is known. */
    boolean hasArticle(String title);
}
