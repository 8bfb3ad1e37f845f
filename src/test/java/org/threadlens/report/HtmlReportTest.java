package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.report.ReportFixtures.annotate;
import static org.threadlens.report.ReportFixtures.annotateWithVader;
import static org.threadlens.report.ReportFixtures.comment;
import static org.threadlens.report.ReportFixtures.launch;
import static org.threadlens.report.ReportFixtures.render;
import static org.threadlens.report.ReportFixtures.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * The HTML report, parsed: its sections, tables, rows, charts (SVG titles and labels) are found with CSS
 * selectors and their text and attributes asserted, so that markup may change where the content does not.
 */
class HtmlReportTest {
    private static final Set<String> REFERENCES = Set.of("src", "href", "xlink:href", "action", "data");

    @TempDir
    java.nio.file.Path dir;

    private Document page(AnnotatedThread... records) throws Exception {
        return page(ReportOptions.defaults(), records);
    }

    private Document page(ReportOptions options, AnnotatedThread... records) throws Exception {
        return Jsoup.parse(render(dir, options, records));
    }

    private static Element first(Element scope, String css) {
        Element e = scope.selectFirst(css);
        assertNotNull(e, () -> "no element " + css + " in the report");
        return e;
    }

    /** The section of the thread numbered {@code n} (1, 2, ...). */
    private static Element section(Document page, int n) {
        return first(page, "section.thread#t" + n);
    }

    /** The tables that follow the heading {@code title}, up to the next heading. */
    private static List<Element> tablesAfter(Element scope, String title) {
        List<Element> tables = new ArrayList<>();
        for (Element e = first(scope, "h3:containsOwn(" + title + ")").nextElementSibling();
             e != null && !e.is("h2, h3"); e = e.nextElementSibling()) {
            tables.addAll(e.is("table") ? List.of(e) : List.of());
        }
        return tables;
    }

    /** A table's body rows, each as its cells' text (a chart in a cell is drawn, not read: its title is left out). */
    private static List<List<String>> rows(Element table) {
        return table.select("tbody > tr").stream().map(tr -> tr.select("> td").stream().map(td -> {
            Element shown = td.clone();
            shown.select("svg").remove();
            return shown.text();
        }).toList()).toList();
    }

    /** The chart whose accessible label starts with {@code label}. */
    private static Element chart(Element scope, String label) {
        return first(scope, "svg[role=img][aria-label^=" + label + "]");
    }

    /** The text of the paragraph that contains {@code words}. */
    private static String paragraph(Element scope, String words) {
        return first(scope, "p:contains(" + words + ")").text();
    }

    /** The rows of the reply tree, as {@code data-id polarity-class id}. */
    private static List<String> treeRows(Element scope) {
        return scope.select("ol.tree > li").stream().map(li -> li.attr("data-id") + " "
                + li.classNames().stream().filter(c -> c.startsWith("pol-")).findFirst().orElse("?") + " " + li.id()).toList();
    }

    /** The left indent of a tree row, in pixels (0 if none). */
    private static int indent(Element li) {
        String style = li.attr("style");
        int at = style.indexOf("margin-left:");
        return at < 0 ? 0 : Integer.parseInt(style.substring(at + 12).replaceAll("[^0-9].*", ""));
    }

    @Test
    void aThreadsSharesScoreAndDynamicsAppearAsNumbers() throws Exception {
        Element t1 = section(page(annotate(launch())), 1);
        Element shares = chart(t1, "'Shares of comments by sentiment'");
        assertEquals(List.of("negative: 40% (95% CI 12\u201377%) 2 of 5 comments", "neutral: 20% (95% CI 4\u201362%) 1 of 5 comments",
                "positive: 40% (95% CI 12\u201377%) 2 of 5 comments"), shares.select("rect > title").eachText());
        assertTrue(shares.select("text").eachText().containsAll(List.of("40% (95% CI 12\u201377%) 2 of 5",
                "20% (95% CI 4\u201362%) 1 of 5")), shares.text());
        Element mood = first(t1, "p.mood");
        assertTrue(mood.text().startsWith("Mood: negative, score -0.02 (95% CI -0.55 to +0.52) over 5 texts"), mood.text());
        assertTrue(first(mood, ".lab").hasClass("pol-negative"), mood.html());
        String dynamics = paragraph(t1, "Replies that turned negative");
        assertTrue(dynamics.contains("1 of 4 replies, 25% (95% CI 5\u201370%)"), dynamics);
        assertTrue(dynamics.contains("Longest negative chain (each replying to the previous, all negative): 2 comments: r1 \u2192 r2"),
                dynamics);
        Elements chain = first(t1, "p:contains(Longest negative chain)").select("a[href]");
        assertEquals(List.of("#t1-c1", "#t1-c2"), chain.eachAttr("href"));
        assertEquals(List.of("r1", "r2"), chain.eachText());
        assertTrue(first(t1, "p.facts").text().contains("5 texts (the post and its comments), 5 with a sentiment"));
    }

    @Test
    void depthAndTimeChartsShowEachGroupWithItsCount() throws Exception {
        Element t1 = section(page(annotate(launch())), 1);
        assertEquals("Mean comment score by depth: 0: +0.42 (n=1); 1: -0.25 (n=2); 2: 0.00 (n=2)",
                chart(t1, "'Mean comment score by depth'").attr("aria-label"));
        Element time = chart(t1, "'Mean comment score by time'");
        assertEquals("Mean comment score by time since the post: 0-1h: -0.21 (n=4); 1-3h: +0.75 (n=1)", time.attr("aria-label"));
        assertTrue(time.select("text").eachText().containsAll(List.of("-0.21", "n=4", "1-3h")), time.text());
    }

    @Test
    void everyCommentOfASmallThreadIsARowInThreadOrderColouredByItsSentiment() throws Exception {
        Element t1 = section(page(annotate(launch())), 1);
        assertEquals(List.of("p pol-positive t1-c0", "r1 pol-negative t1-c1", "r2 pol-negative t1-c2",
                "r3 pol-neutral t1-c3", "r4 pol-positive t1-c4"), treeRows(t1));
        Element r2 = first(t1, "li#t1-c2");
        assertTrue(indent(first(t1, "li#t1-c0")) < indent(first(t1, "li#t1-c1")), "a reply is indented under the post");
        assertTrue(indent(first(t1, "li#t1-c1")) < indent(r2), "a reply to a reply is indented further");
        assertEquals(indent(first(t1, "li#t1-c1")), indent(first(t1, "li#t1-c3")), "siblings of one depth align");
        assertEquals("regolith_rita", first(r2, ".au").text());
        assertEquals("Another waste.", first(r2, ".ex").text());
        assertEquals("depth 2 \u00b7 7 points \u00b7 2023-11-14 22:33 UTC", first(r2, ".meta").text());
        assertEquals("-0.75", first(r2, ".chip").text());
        assertTrue(first(r2, ".chip").attr("style").contains("#e58368"), "the chip's colour is the score's");
        assertEquals("negative", first(r2, ".lab").text());
    }

    @Test
    void entitiesShowMentionsAndSentiment() throws Exception {
        List<Element> tables = tablesAfter(section(page(annotate(launch())), 1), "Entities");
        assertEquals(List.of(List.of("Ilya", "PERSON", "2", "2", "positive 0.00 (95% CI -0.75 to +0.75; 2 sentences)")),
                rows(tables.get(0)));
        assertEquals("2 mentions in authors' own words, 0 in quotes", chart(tables.get(0), "'2 mentions'").attr("aria-label"));
    }

    @Test
    void aLinkedEntityLinksToItsArticleAndAnAmbiguousOneSaysSo() throws Exception {
        DiscussionThread t = thread("e1", "Links", comment("p", null, "a", 0, "Ask Ilya, Conan O'Brien and Chris."));
        Records.Resolution conan = new Records.Resolution("Conan O'Brien", "Conan_O'Brien", List.of());
        AnnotatedThread r = Records.annotateResolved(t, Map.of(
                "Ilya", new Records.Resolution("Ilya Sutskever", "Ilya_Sutskever", List.of()), "Conan", conan, "O'Brien", conan,
                "Chris", new Records.Resolution("Chris", null, List.of("Chris Pratt", "Chris Hardwick"))));
        String html = render(dir, ReportOptions.defaults(), r);
        assertTrue(html.contains("<a href=\"https://en.wikipedia.org/wiki/Conan_O&#39;Brien\" rel=\"noopener noreferrer\""),
                "the address escaped for its attribute: " + html);
        Element table = tablesAfter(section(Jsoup.parse(html), 1), "Entities").get(0);
        Element conanName = first(table, "a[title=\"Wikipedia: Conan O'Brien\"]");
        assertEquals("https://en.wikipedia.org/wiki/Conan_O'Brien", conanName.attr("href"));
        assertEquals("Conan O'Brien", conanName.text());
        assertEquals("https://en.wikipedia.org/wiki/Ilya_Sutskever", first(table, "a:containsOwn(Ilya Sutskever)").attr("href"));
        Element chris = first(table, "td:has(b:containsOwn(Chris))");
        assertTrue(chris.select("a").isEmpty(), "not linked: no link");
        assertEquals("ambiguous, kept apart from: Chris Hardwick, Chris Pratt", first(chris, ".ambiguous").text());
    }

    @Test
    void scorerAgreementCountsCommentsWhereScorersGiveTheSamePolarity() throws Exception {
        // VADER reads "love" as positive where the fake engine sees no "great": the one disagreement.
        DiscussionThread t = thread("agree", "Agreement", comment("p", null, "a", 0, "This is great."),
                comment("r1", "p", "b", 1, "What a waste."), comment("r2", "p", "c", 2, "The sky is blue."),
                comment("r3", "p", "d", 3, "I love it."));
        List<Element> tables = tablesAfter(section(page(annotateWithVader(t)), 1), "Which scorers agree");
        assertEquals(2, tables.size(), "labels per scorer, then agreement");
        assertEquals(List.of(List.of("corenlp", "1", "2", "1"), List.of("vader", "1", "1", "2")), rows(tables.get(0)));
        assertEquals(List.of(List.of("corenlp + vader", "4", "3", "75%", "30\u201395%")), rows(tables.get(1)));
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert(1)</script>";
        DiscussionThread t = thread("x1", "Title " + evil, comment("p", null, "op" + evil, 0, "Body " + evil + " is great."),
                comment("r1", "p", "\"onmouseover=\"x", 1, "A reply & <img src=x onerror=alert(2)>"));
        Document page = page(annotate(t));
        assertTrue(page.select("script, img").isEmpty(), "no script or img element");
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on"), "attribute " + a + " on " + e.tagName());
            }
        }
        Element t1 = section(page, 1);
        assertEquals("Title " + evil, first(t1, "h2").text());
        assertEquals(List.of("op" + evil, "\"onmouseover=\"x"), t1.select("ol.tree .au").eachText());
        assertEquals(List.of("Body " + evil + " is great.", "A reply & <img src=x onerror=alert(2)>"),
                t1.select("ol.tree .ex").eachText());
    }

    @Test
    void referencesInTitlesAreResolvedOnceAndEscapedAgain() throws Exception {
        // Reddit escapes titles and bodies (&amp;, &lt;): the page shows "AT&T <b>" as text, never as markup.
        Element t1 = section(page(annotate(thread("x4", "AT&amp;T &lt;b&gt;bold&lt;/b&gt;",
                comment("p", null, "a", 0, "&gt; quoted AT&amp;T &lt;script&gt;")))), 1);
        assertEquals("AT&T <b>bold</b>", first(t1, "h2").text());
        assertTrue(t1.select("h2 *").isEmpty(), "no markup from a title");
        assertEquals("quoted AT&T <script>", first(t1, "li#t1-c0 .ex").text());
        assertEquals("quotes", first(t1, "li#t1-c0 .flag").text());
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws Exception {
        Document page = page(annotate(launch()), annotate(thread("x2", "Other", comment("p", null, "a", 0,
                "Fine, see https://example.org/pic.png and [this](https://example.org/page)."))));
        assertEquals("Fine, see https://example.org/pic.png and this.", first(section(page, 2), "li#t2-c0 .ex").text());
        int links = 0;
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (REFERENCES.contains(a.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    assertTrue(a.getValue().startsWith("#") || a.getValue().equals(ReportFixtures.LINK), "reference " + a);
                    links += a.getValue().startsWith("#") ? 0 : 1;
                }
                assertFalse(a.getKey().equals("style") && a.getValue().contains("url("), "style " + a);
            }
        }
        assertEquals(2, links, "each thread's own link, once");
        assertTrue(page.select("script, link, iframe, img, object, embed, base, form").isEmpty(), "nothing that loads");
        for (String css : page.select("style").eachText()) {
            assertFalse(css.contains("@import") || css.contains("url("), "a style sheet that loads: " + css);
        }
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                first(page, "meta[http-equiv=Content-Security-Policy]").attr("content"));
    }

    @Test
    void aLinkThatIsNotHttpIsNotALink() throws Exception {
        DiscussionThread t = new org.threadlens.thread.ThreadBuilder("forum", "j1", new org.threadlens.thread.SourceRef("t", "m"))
                .title("J").url("javascript:alert(1)").add(comment("p", null, "a", 0, "Fine.")).build();
        Document page = page(annotate(t));
        assertEquals(List.of(), page.select("a[href^=javascript], a[href*=javascript:]").eachAttr("href"), "the link is left out");
        assertFalse(page.text().contains("javascript:"), "nor shown as text");
    }

    @Test
    void aLargeThreadsTreeIsCappedAndThePageSaysSo() throws Exception {
        List<Comment> comments = new ArrayList<>();
        comments.add(comment("p", null, "op", 0, "The post is great."));
        for (int i = 1; i <= 3000; i++) {
            String parent = i % 10 == 1 ? "p" : "c" + (i - 1);
            comments.add(comment("c" + i, parent, "user" + i % 97, i, "Reply number " + i + " from Somebody" + i % 40
                    + (i % 3 == 0 ? " is great." : i % 3 == 1 ? " is a waste." : " is here.") + " padding".repeat(40)));
        }
        AnnotatedThread big = annotate(thread("big", "Big", comments.toArray(Comment[]::new)));
        String html = render(dir, ReportOptions.defaults(), big);
        assertTrue(html.length() < 500_000, "page of " + html.length() + " chars");
        Element t1 = section(Jsoup.parse(html), 1);
        assertTrue(t1.text().contains("The tree shows the first 500 of 3,001 comments in thread order"), "says the tree is capped");
        assertTrue(t1.text().contains("The 15 most mentioned of 40 entities."), "says the entities are capped");
        assertEquals(15, rows(tablesAfter(t1, "Entities").get(0)).size());
        assertTrue(first(t1, "p.facts").text().contains("3,001 texts (the post and its comments)"));
        assertEquals(500, t1.select("ol.tree > li").size());
        assertEquals(50, section(page(new ReportOptions(1, 50), big), 1).select("ol.tree > li").size());
    }

    @Test
    void aLongNegativeChainShowsItsEnds() throws Exception {
        List<Comment> comments = new ArrayList<>();
        comments.add(comment("p", null, "op", 0, "Launch is great."));
        for (int i = 1; i <= 20; i++) {
            comments.add(comment("n" + i, i == 1 ? "p" : "n" + (i - 1), "u" + i, i, "Such a waste."));
        }
        Element t1 = section(page(new ReportOptions(1, 10), annotate(thread("chain", "Chain", comments.toArray(Comment[]::new)))), 1);
        Element chain = first(t1, "p:contains(Longest negative chain)");
        assertTrue(chain.text().endsWith("20 comments: n1 \u2192 n2 \u2192 n3 \u2192 n4 \u2192 n5 \u2192 n6 \u2192 \u2026 8 more "
                + "\u2192 n15 \u2192 n16 \u2192 n17 \u2192 n18 \u2192 n19 \u2192 n20"), chain.text());
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6"), chain.select("a[href]").eachText(), "the shown rows are linked");
        assertEquals("#t1-c6", chain.select("a[href]").last().attr("href"));
    }

    @Test
    void theOverviewCountsEveryThreadButSectionsStopAtTheLimit() throws Exception {
        AnnotatedThread a = annotate(launch());
        AnnotatedThread b = annotate(thread("x3", "Second", comment("p", null, "a", 0, "What a waste."),
                comment("r1", "p", "b", 1, "Indeed a waste.")));
        Document page = page(new ReportOptions(1, 500), a, b);
        assertTrue(first(page, "header p.facts").text().contains("2 threads, 7 texts"), first(page, "header").text());
        assertTrue(page.text().contains("Sections follow for the first 1 threads (limit: --max-threads 1)"));
        assertTrue(chart(page, "'Shares of comments by sentiment'").select("text").eachText()
                .contains("57% (95% CI 25\u201384%) 4 of 7"), "the overview counts both threads");
        assertEquals(List.of("Launch day"), page.select("section.thread > h2").eachText());
        assertFalse(page.text().contains("Second"), "no section for the second thread");
    }

    @Test
    void aStructureOnlyThreadGetsItsTreeWithoutSentiment() throws Exception {
        AnnotatedThread r = AnnotatedThread.structureOnly(launch(), Provenance.structureOnly("test"));
        Document page = page(r);
        assertTrue(page.text().contains("Stored without annotations"));
        assertTrue(first(page, "header p.facts").text().contains("5 texts (posts and comments), 0 with a sentiment"));
        assertEquals("r4 pol-none t1-c4", treeRows(section(page, 1)).get(4));
    }
}
