package org.threadlens.trends;

import java.util.List;
import java.util.Locale;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreException;

/** A community as the user names it ({@code AskReddit}, {@code r/AskReddit}, any case) to its stored form. */
final class Communities {
    private static final int SUGGESTIONS = 8;

    private Communities() {
    }

    static String resolve(CorpusStore store, String asked) throws StoreException, TrendException {
        String bare = asked.trim().replaceFirst("^/?r/", "");
        List<String> found = store.select("SELECT DISTINCT community FROM threads WHERE lower(community) = ? "
                + "ORDER BY community", List.of(bare.toLowerCase(Locale.ROOT)), rs -> rs.getString(1));
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new TrendException("community '" + asked + "' is ambiguous in this store: " + String.join(", ", found)
                    + " differ only in case; name one exactly as stored");
        }
        List<String> known = store.select("SELECT community FROM threads WHERE community IS NOT NULL GROUP BY community "
                + "ORDER BY sum(comments) DESC, community LIMIT " + SUGGESTIONS, List.of(), rs -> rs.getString(1));
        throw new TrendException("no community '" + asked + "' in this store; "
                + (known.isEmpty() ? "its threads have no community" : "the largest: " + String.join(", ", known)));
    }
}
