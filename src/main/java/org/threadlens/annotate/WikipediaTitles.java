package org.threadlens.annotate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** English Wikipedia article titles as links carry them ({@code Ken_Bone}) and their URLs. */
public final class WikipediaTitles {
    private static final String BASE = "https://en.wikipedia.org/wiki/";

    private WikipediaTitles() {
    }

    /**
     * The article's URL: the title percent-encoded as UTF-8, keeping the characters Wikipedia itself leaves
     * readable in its URLs ({@code _ ( ) , ' : !}).
     */
    public static String url(String title) {
        String encoded = URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20");
        for (String keep : new String[] {"(", ")", ",", "'", ":", "!"}) {
            encoded = encoded.replace(URLEncoder.encode(keep, StandardCharsets.UTF_8), keep);
        }
        return BASE + encoded;
    }
}
