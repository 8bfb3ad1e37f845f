package org.threadlens.read.hackernews;

/** Facts about Hacker News shared by its readers. */
final class HackerNews {
    /** The platform name threads carry. */
    static final String PLATFORM = "hackernews";

    private HackerNews() {
    }

    /** The address of an item's page: a thread's url where the source gives none. */
    static String itemUrl(String id) {
        return "https://news.ycombinator.com/item?id=" + id;
    }

    /** The url a post shows: its own link, or its item page when it has none (Ask HN, jobs, deleted posts). */
    static String postUrl(String id, String url) {
        return url == null || url.isEmpty() ? itemUrl(id) : url;
    }
}
