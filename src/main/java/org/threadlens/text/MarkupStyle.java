package org.threadlens.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a platform writes comment bodies, and the preparer that reads that writing. */
public enum MarkupStyle {
    /** Reddit markdown, with or without Reddit's HTML escaping. */
    REDDIT_MARKDOWN("reddit", new RedditMarkdown()),
    /** Hacker News comment HTML. */
    HACKER_NEWS_HTML("html", new HackerNewsHtml()),
    /** Plain text: only character references are decoded. */
    PLAIN("plain", new HtmlEntities()),
    /** No preparation at all: the engine reads the source text as it is (for baselines). */
    NONE("none", PreparedText::identity);

    private final String wireName;
    private final TextPreparer preparer;

    MarkupStyle(String wireName, TextPreparer preparer) {
        this.wireName = wireName;
        this.preparer = preparer;
    }

    public String wireName() {
        return wireName;
    }

    public TextPreparer preparer() {
        return preparer;
    }

    /** The style a platform's bodies are written in: Reddit markdown, HN HTML, else plain. */
    public static MarkupStyle forPlatform(String platform) {
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "reddit" -> REDDIT_MARKDOWN;
            case "hackernews" -> HACKER_NEWS_HTML;
            default -> PLAIN;
        };
    }

    /** Parses {@code reddit}, {@code html} or {@code plain}; an unknown name is answered with the known ones. */
    public static MarkupStyle fromWireName(String name) {
        for (MarkupStyle s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown markup '" + name + "': known are auto, "
                + Arrays.stream(values()).map(MarkupStyle::wireName).collect(Collectors.joining(", ")));
    }
}
