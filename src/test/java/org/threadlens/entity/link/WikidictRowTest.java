package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WikidictRowTest {
    private static void assertSkips(SkipReason reason, String line) {
        assertEquals(new WikidictRow.Parsed(null, reason), WikidictRow.parse(line), line);
    }

    private static void assertKeeps(String surface, String article, float score, String line) {
        assertEquals(new WikidictRow.Parsed(new WikidictRow(surface, article, score), null), WikidictRow.parse(line));
    }

    @Test
    void aRowIsSurfaceArticleScore() {
        assertKeeps("Python", "Python_(programming_language)", 0.810456f,
                "Python\tPython_(programming_language)\t0.810456");
        assertKeeps("東京", "Tokyo", 0.85f, "東京\tTokyo\t0.85");
        assertKeeps("Star Wars: Episode I", "Star_Wars:_Episode_I_–_The_Phantom_Menace", 1f,
                "Star Wars: Episode I\tStar_Wars:_Episode_I_–_The_Phantom_Menace\t1.0");
    }

    @Test
    void rowsWithoutThreeFieldsAreSkipped() {
        assertSkips(SkipReason.FIELDS, "Reddit\tReddit");
        assertSkips(SkipReason.FIELDS, "Reddit\tReddit\t0.9\textra");
        assertSkips(SkipReason.FIELDS, "\tSaskatchewan\t0.452654");
        assertSkips(SkipReason.FIELDS, "Reddit\t\t0.9");
        assertSkips(SkipReason.FIELDS, "Reddit\tReddit\t");
    }

    @Test
    void scoresOutsideZeroToOneAreSkipped() {
        assertSkips(SkipReason.SCORE, "Reddit\tReddit\thigh");
        assertSkips(SkipReason.SCORE, "Reddit\tReddit\t1.7");
        assertSkips(SkipReason.SCORE, "Reddit\tReddit\tNaN");
    }

    @Test
    void surfacesOver80CodePointsAreSkipped() {
        assertKeeps("a".repeat(80), "A", 1f, "a".repeat(80) + "\tA\t1.0");
        assertSkips(SkipReason.TOO_LONG, "a".repeat(81) + "\tA\t1.0");
    }

    @Test
    void junkSurfacesAreSkippedByKind() {
        assertSkips(SkipReason.URL, "http://en.wikipedia.org/wiki/Capitol_Years\tCapitol_Years\t1.0");
        assertSkips(SkipReason.URL, "www.reddit.com\tReddit\t1.0");
        assertSkips(SkipReason.YAGO, "yago:Reddit\tReddit\t1.0");
        assertSkips(SkipReason.PREFIX, "en:Wikipedia:Contributing\tTips\t1.0");
        assertSkips(SkipReason.PREFIX, "wp:Reddit\tReddit\t1.0");
        assertSkips(SkipReason.PREFIX, "Category:Reddit\tReddit\t1.0");
        assertSkips(SkipReason.WIKI, "Wikipedia article \"Tn\"\tTN\t1.0");
        assertSkips(SkipReason.WIKI, "Kreesha Turner on Wikipedia\tKreesha_Turner\t1.0");
    }

    @Test
    void aWikiNameOfAWikiArticleIsKept() {
        assertKeeps("WikiLeaks", "Wikileaks", 1f, "WikiLeaks\tWikileaks\t1.0");
        assertKeeps("Wikipedia", "Wikipedia", 0.99f, "Wikipedia\tWikipedia\t0.99");
    }
}
