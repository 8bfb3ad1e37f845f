package org.threadlens.read;

/**
 * What a flat source says about a thread as a whole (a ConvoKit conversation's metadata, the title column of
 * a mapped export). Every field is nullable; {@link #orElse} fills the gaps of one from another.
 *
 * @param title                the thread's title
 * @param community            subreddit, forum or section
 * @param platform             the platform, where the source says
 * @param url                  the thread's address
 * @param declaredCommentCount the number of comments the source reported for the thread
 */
public record FlatThreadInfo(String title, String community, String platform, String url, Integer declaredCommentCount) {
    public static final FlatThreadInfo NONE = new FlatThreadInfo(null, null, null, null, null);

    /** This info, each field that is null here taken from {@code other}: the earlier source wins. */
    public FlatThreadInfo orElse(FlatThreadInfo other) {
        return new FlatThreadInfo(title != null ? title : other.title, community != null ? community : other.community,
                platform != null ? platform : other.platform, url != null ? url : other.url,
                declaredCommentCount != null ? declaredCommentCount : other.declaredCommentCount);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    long estimatedBytes() {
        return 64 + 2L * (len(title) + len(community) + len(platform) + len(url));
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }
}
