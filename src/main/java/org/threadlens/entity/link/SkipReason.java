package org.threadlens.entity.link;

import java.util.Locale;

/**
 * Why a dictionary row was left out of the index, checked in this order; the index's manifest counts each.
 * A row names its surface first: {@code surface<TAB>article<TAB>score}.
 */
public enum SkipReason {
    /** Not exactly three tab-separated fields, or an empty surface or article. */
    FIELDS,
    /** The score is not a number in [0, 1]. */
    SCORE,
    /** The surface is longer than {@value WikidictRow#MAX_SURFACE} code points: sentences, not names. */
    TOO_LONG,
    /** The surface is a URL ({@code http://en.wikipedia.org/wiki/...}, {@code www.}, anything with {@code ://}). */
    URL,
    /** A YAGO identifier ({@code yago:...}). */
    YAGO,
    /**
     * A namespace or language prefix: 2–4 lower-case letters and a colon ({@code en:}, {@code wp:}, {@code ttp:}),
     * or a Wikipedia namespace ({@code Category:}, {@code File:}, {@code Template:}, ...).
     */
    PREFIX,
    /**
     * The surface mentions a wiki ({@code Wikipedia article "Tn"}, {@code Kreesha Turner on Wikipedia}) and the
     * article is not itself about one ({@code WikiLeaks} → {@code Wikileaks} is kept).
     */
    WIKI,
    /** A surface already in the index (the source's surfaces are unique; this counts repeats in other tables). */
    DUPLICATE;

    /** The name in the manifest: {@code too-long}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
