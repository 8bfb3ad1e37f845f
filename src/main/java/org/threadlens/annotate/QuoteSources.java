package org.threadlens.annotate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.threadlens.text.Markup;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.PreparedText;
import org.threadlens.thread.Comment;
import org.threadlens.thread.ThreadTree;

/**
 * Finds whose words a quote repeats: the nearest ancestor (the parent first, then up the chain) whose text
 * contains the quote, compared after normalising case, accents, punctuation and whitespace. The post's title
 * counts as part of the post. Quotes shorter than {@link #MIN_CHARS} normalised chars are not attributed
 * (too short to be evidence). Stateless and thread-safe.
 */
public final class QuoteSources {
    /** Shorter quotes match too much by chance. */
    static final int MIN_CHARS = 12;

    private QuoteSources() {
    }

    /**
     * The id of the ancestor a quote of {@code comment} repeats, or null.
     *
     * @param normalizedText a comment's plain text by its id, {@link #normalize normalised} (the post's with its
     *                       title), or null for an id it does not know
     */
    public static String sourceOf(Markup quote, Comment comment, PreparedText text, ThreadTree tree,
                                  Function<String, String> normalizedText) {
        if (quote.kind() != MarkupKind.QUOTE) {
            throw new IllegalArgumentException("not a quote: " + quote.kind());
        }
        String q = normalize(text.plain().substring(quote.plainBegin(), quote.plainEnd()));
        if (q.length() < MIN_CHARS) {
            return null;
        }
        List<Comment> ancestors = tree.ancestors(comment);
        for (Comment a : ancestors) {
            String candidate = normalizedText.apply(a.id());
            if (candidate != null && candidate.contains(q)) {
                return a.id();
            }
        }
        return null;
    }

    /** Lower case, accents and punctuation removed, whitespace collapsed to single spaces. */
    public static String normalize(String plain) {
        String s = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }
}
