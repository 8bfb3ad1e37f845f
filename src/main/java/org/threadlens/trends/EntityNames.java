package org.threadlens.trends;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreException;

/**
 * An entity as the user names it to the keys the trend views group by. A name matches any form the threads
 * use for it ("Musk" finds the entity "Elon Musk" where threads merged the two), case-insensitively; a
 * Wikipedia title ({@code Tesla,_Inc.}, {@code Tesla, Inc.}) or address ({@code https://en.wikipedia.org/wiki/...})
 * matches the entities linked to it. A name shared by several entities (an unlinked "Paris" beside the linked
 * one) gives each of them.
 */
final class EntityNames {
    /** Each unquoted mention once, with the key the trend views group it by (mention_periods defines it). */
    private static final String MENTIONS = "(SELECT * FROM mention_periods WHERE unit = 'all')";
    private static final String WIKI = "^https?://[a-z]+(\\.m)?\\.wikipedia\\.org/wiki/";
    private static final int SUGGESTIONS = 5;

    private EntityNames() {
    }

    static List<String> resolve(CorpusStore store, List<String> asked) throws StoreException, TrendException {
        Set<String> keys = new LinkedHashSet<>();
        for (String a : asked) {
            List<String> found = keysOf(store, a);
            if (found.isEmpty()) {
                throw new TrendException("no entity '" + a + "' in this store (as a name of its mentions or a Wikipedia "
                        + "title)" + suggestions(store, a));
            }
            keys.addAll(found);
        }
        return new ArrayList<>(keys);
    }

    /** The Wikipedia title a name or address stands for, in the store's form (underscores). */
    static String title(String asked) {
        String t = asked.trim();
        if (t.matches("(?i)" + WIKI + ".+")) {
            t = URLDecoder.decode(t.replaceFirst("(?i)" + WIKI, ""), StandardCharsets.UTF_8);
        }
        return t.replace(' ', '_');
    }

    private static List<String> keysOf(CorpusStore store, String asked) throws StoreException {
        String name = asked.trim().toLowerCase(Locale.ROOT);
        String link = title(asked).toLowerCase(Locale.ROOT);
        return store.select("SELECT entity_key FROM " + MENTIONS + " WHERE lower(link) = ? OR lower(name) = ? "
                + "OR lower(text) = ? GROUP BY entity_key ORDER BY count(*) DESC, entity_key", List.of(link, name, name),
                rs -> rs.getString(1));
    }

    private static String suggestions(CorpusStore store, String asked) throws StoreException {
        String like = "%" + asked.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<String> near = store.select("SELECT arg_max(name, n) FROM (SELECT entity_key, name, count(*) AS n FROM "
                + MENTIONS + " WHERE lower(name) LIKE ? ESCAPE '\\' OR lower(link) LIKE ? ESCAPE '\\' GROUP BY ALL) "
                + "GROUP BY entity_key ORDER BY sum(n) DESC LIMIT " + SUGGESTIONS, List.of(like, like), rs -> rs.getString(1));
        if (!near.isEmpty()) {
            return "; names like it: " + String.join(", ", near);
        }
        List<String> top = store.select("SELECT name FROM corpus_entities ORDER BY mentions DESC, name LIMIT "
                + SUGGESTIONS, List.of(), rs -> rs.getString(1));
        return top.isEmpty() ? "; it holds no entity mentions" : "; the most mentioned: " + String.join(", ", top);
    }
}
