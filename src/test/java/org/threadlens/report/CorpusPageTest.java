package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.CorpusOverview;
import org.threadlens.trends.SyntheticStores;
import org.threadlens.trends.TrendViews;
import org.threadlens.trends.synth.SyntheticSpec;

/** The report's corpus section, drawn from a store's trend views: what it shows, and that its size is bounded. */
class CorpusPageTest {
    @TempDir
    Path dir;

    private String page(int comments) throws Exception {
        try (CorpusStore store = SyntheticStores.write(dir.resolve("s" + comments + ".duckdb"),
                SyntheticSpec.defaults(4, comments))) {
            CorpusOverview o = new TrendViews(store).overview(5, 6, 10);
            StringBuilder out = new StringBuilder();
            CorpusPage.render(o, out);
            HtmlReport report = new HtmlReport(ReportOptions.defaults(), "s.duckdb");
            report.corpus(o);
            StringWriter whole = new StringWriter();
            report.writeTo(whole);
            assertTrue(whole.toString().contains("<b>" + Html.count(o.threads()) + " threads</b>"), "the store's threads");
            assertTrue(whole.toString().contains("over " + Html.count(comments) + " texts in "), "the store's texts");
            return out.toString();
        }
    }

    @Test
    void showsMoodPerCommunityTheEntitiesOverTimeAndTheSurestChangesFirst() throws Exception {
        String page = page(8000);
        assertTrue(page.contains("<h2 id=\"corpus\">The corpus over time</h2>"), page);
        for (String community : new String[] {"Every community together", "news", "science", "gaming"}) {
            assertTrue(page.contains("<figcaption><b>" + community + "</b>: mean score by week"), community);
        }
        assertTrue(page.contains("<h4><b><a href=\"https://en.wikipedia.org/wiki/Tesla,_Inc.\""), "Tesla, linked");
        Matcher first = Pattern.compile("Biggest changes of sentiment.*?<td><b><a [^>]*>([^<]+)</a>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(first.find());
        assertEquals("Tesla", first.group(1), "Tesla's turn is the surest change");
        assertTrue(page.contains("Biggest changes of share of texts, first half to second"));
    }

    @Test
    void itsSizeDoesNotGrowWithTheStore() throws Exception {
        int small = page(4000).length();
        int large = page(40_000).length();
        assertTrue(Math.abs(large - small) < 0.1 * small, "corpus section of 4,000 comments " + small
                + " characters, of 40,000 " + large);
    }

    @Test
    void anEmptyStoreSaysSoAndHasNoCorpusSection() throws Exception {
        Path db = dir.resolve("empty.duckdb");
        CorpusStore.open(db).close();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            HtmlReport report = new HtmlReport(ReportOptions.defaults(), "empty.duckdb");
            report.corpus(new TrendViews(store).overview(5, 6, 10));
            StringWriter page = new StringWriter();
            report.writeTo(page);
            assertTrue(page.toString().contains("<p class=\"note\">The store holds no threads.</p>"), page.toString());
            assertFalse(page.toString().contains("The corpus over time"), page.toString());
            assertEquals(0, report.threads());
        }
    }
}
