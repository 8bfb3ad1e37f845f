package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.report.ReportFixtures.annotate;
import static org.threadlens.report.ReportFixtures.annotateWithVader;
import static org.threadlens.report.ReportFixtures.comment;
import static org.threadlens.report.ReportFixtures.launch;
import static org.threadlens.report.ReportFixtures.render;
import static org.threadlens.report.ReportFixtures.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

class HtmlReportTest {
    private static final Pattern ROW = Pattern.compile("<li class=\"c (pol-\\w+)\" id=\"(t\\d+-c\\d+)\" data-id=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:src|href|xlink:href|action|data)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    java.nio.file.Path dir;

    private String page(AnnotatedThread... records) throws Exception {
        return render(dir, ReportOptions.defaults(), records);
    }

    private static void assertHas(String page, String... expected) {
        for (String e : expected) {
            assertTrue(page.contains(e), () -> "page lacks: " + e);
        }
    }

    @Test
    void aThreadsSharesScoreAndDynamicsAppearAsNumbers() throws Exception {
        String page = page(annotate(launch()));
        assertHas(page,
                "negative: 40%  (95% CI 12\u201377%)  2 of 5 comments",
                "40%  (95% CI 12\u201377%)  2 of 5</text>",
                "20%  (95% CI 4\u201362%)  1 of 5</text>",
                "Mood: <span class=\"lab pol-negative\">negative</span>, score <b>-0.02</b> (95% CI -0.55 to +0.52) over 5 texts",
                "<b>1 of 4</b> replies, 25% (95% CI 5\u201370%)",
                "<b>2 comments</b>: <a href=\"#t1-c1\">r1</a> \u2192 <a href=\"#t1-c2\">r2</a>",
                "5 texts (the post and its comments), 5 with a sentiment");
    }

    @Test
    void depthAndTimeChartsShowEachGroupWithItsCount() throws Exception {
        String page = page(annotate(launch()));
        assertHas(page, "aria-label=\"Mean comment score by depth: 0: +0.42 (n=1); 1: -0.25 (n=2); 2: 0.00 (n=2)\"",
                "aria-label=\"Mean comment score by time since the post: 0-1h: -0.21 (n=4); 1-3h: +0.75 (n=1)\"",
                ">-0.21</text>", ">n=4</text>", ">1-3h</text>");
    }

    @Test
    void everyCommentOfASmallThreadIsARowInThreadOrderColouredByItsSentiment() throws Exception {
        String page = page(annotate(launch()));
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.add(m.group(3) + " " + m.group(1) + " " + m.group(2));
        }
        assertEquals(List.of("p pol-positive t1-c0", "r1 pol-negative t1-c1", "r2 pol-negative t1-c2",
                "r3 pol-neutral t1-c3", "r4 pol-positive t1-c4"), rows);
        assertHas(page, "id=\"t1-c2\" data-id=\"r2\" style=\"margin-left:36px\"", "<span class=\"au\">regolith_rita</span>",
                "<span class=\"ex\">Another waste.</span>", "depth 2 \u00b7 7 points \u00b7 2023-11-14 22:33 UTC",
                "<span class=\"chip\" style=\"background:#e58368\">-0.75</span><span class=\"lab\">negative</span>");
    }

    @Test
    void entitiesShowMentionsAndSentiment() throws Exception {
        String page = page(annotate(launch()));
        assertHas(page, "<tr><td><b>Ilya</b></td><td>PERSON</td>", "2 mentions in authors&#39; own words, 0 in quotes",
                "</svg> 2</td><td class=\"n\">2</td>", "(95% CI -0.75 to +0.75; 2 sentences)");
    }

    @Test
    void scorerAgreementCountsCommentsWhereScorersGiveTheSamePolarity() throws Exception {
        // VADER reads "love" as positive where the fake engine sees no "great": the one disagreement.
        DiscussionThread t = thread("agree", "Agreement", comment("p", null, "a", 0, "This is great."),
                comment("r1", "p", "b", 1, "What a waste."), comment("r2", "p", "c", 2, "The sky is blue."),
                comment("r3", "p", "d", 3, "I love it."));
        String page = page(annotateWithVader(t));
        assertHas(page, "<tr><td>corenlp + vader</td><td class=\"n\">4</td><td class=\"n\">3</td><td class=\"n\">75%</td>",
                "<tr><td>corenlp</td><td class=\"n\">1</td><td class=\"n\">2</td><td class=\"n\">1</td></tr>",
                "<tr><td>vader</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">2</td></tr>");
    }

    @Test
    void userTextIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert(1)</script>";
        DiscussionThread t = thread("x1", "Title " + evil, comment("p", null, "op" + evil, 0, "Body " + evil + " is great."),
                comment("r1", "p", "\"onmouseover=\"x", 1, "A reply & <img src=x onerror=alert(2)>"));
        String page = page(annotate(t));
        assertFalse(page.contains("<script"), "no script element");
        assertFalse(page.contains("<img"), "no img element");
        assertFalse(page.contains("\"onmouseover"), "no attribute injected");
        assertHas(page, "Title &lt;script&gt;alert(1)&lt;/script&gt;</h2>", "op&lt;script&gt;alert(1)&lt;/script&gt;</span>",
                "Body &lt;script&gt;alert(1)&lt;/script&gt; is great.", "&quot;onmouseover=&quot;x",
                "A reply &amp; &lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void referencesInTitlesAreResolvedOnceAndEscapedAgain() throws Exception {
        // Reddit escapes titles and bodies (&amp;, &lt;): the page shows "AT&T <b>" as text, never as markup.
        String page = page(annotate(thread("x4", "AT&amp;T &lt;b&gt;bold&lt;/b&gt;",
                comment("p", null, "a", 0, "&gt; quoted AT&amp;T &lt;script&gt;"))));
        assertHas(page, "<h2>AT&amp;T &lt;b&gt;bold&lt;/b&gt;</h2>", "<span class=\"ex\">quoted AT&amp;T &lt;script&gt;</span>",
                "<span class=\"flag\">quotes</span>");
        assertFalse(page.contains("<b>bold"), "no markup from a title");
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws Exception {
        String page = page(annotate(launch()), annotate(thread("x2", "Other", comment("p", null, "a", 0,
                "Fine, see https://example.org/pic.png and [this](https://example.org/page)."))));
        assertHas(page, "<span class=\"ex\">Fine, see https://example.org/pic.png and this.</span>");
        Matcher m = REFERENCE.matcher(page);
        int links = 0;
        while (m.find()) {
            String target = m.group(1);
            assertTrue(target.startsWith("#") || target.equals(ReportFixtures.LINK), "reference to " + target);
            links += target.startsWith("#") ? 0 : 1;
        }
        assertEquals(2, links, "each thread's own link, once");
        for (String forbidden : new String[] {"<script", "<link", "<iframe", "<img", "@import", "url(", "<object", "<embed"}) {
            assertFalse(page.contains(forbidden), forbidden);
        }
        assertHas(page, "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    }

    @Test
    void aLinkThatIsNotHttpIsNotALink() throws Exception {
        DiscussionThread t = new org.threadlens.thread.ThreadBuilder("forum", "j1", new org.threadlens.thread.SourceRef("t", "m"))
                .title("J").url("javascript:alert(1)").add(comment("p", null, "a", 0, "Fine.")).build();
        String page = page(annotate(t));
        assertFalse(page.contains("javascript:"), "the link is left out");
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
        String page = page(big);
        assertHas(page, "The tree shows the first 500 of 3,001 comments in thread order",
                "The 15 most mentioned of 40 entities.", "3,001 texts (the post and its comments)");
        assertEquals(500, ROW.matcher(page).results().count());
        assertTrue(page.length() < 500_000, "page of " + page.length() + " chars");
        String smaller = render(dir, new ReportOptions(1, 50), big);
        assertEquals(50, ROW.matcher(smaller).results().count());
    }

    @Test
    void aLongNegativeChainShowsItsEnds() throws Exception {
        List<Comment> comments = new ArrayList<>();
        comments.add(comment("p", null, "op", 0, "Launch is great."));
        for (int i = 1; i <= 20; i++) {
            comments.add(comment("n" + i, i == 1 ? "p" : "n" + (i - 1), "u" + i, i, "Such a waste."));
        }
        String page = render(dir, new ReportOptions(1, 10), annotate(thread("chain", "Chain", comments.toArray(Comment[]::new))));
        assertHas(page, "<b>20 comments</b>: <a href=\"#t1-c1\">n1</a> \u2192 ",
                "<a href=\"#t1-c6\">n6</a> \u2192 \u2026 8 more \u2192 n15 \u2192 n16", "n19 \u2192 n20</p>");
    }

    @Test
    void theOverviewCountsEveryThreadButSectionsStopAtTheLimit() throws Exception {
        AnnotatedThread a = annotate(launch());
        AnnotatedThread b = annotate(thread("x3", "Second", comment("p", null, "a", 0, "What a waste."),
                comment("r1", "p", "b", 1, "Indeed a waste.")));
        String page = render(dir, new ReportOptions(1, 500), a, b);
        assertHas(page, "<b>2 threads</b>, <b>7 texts</b>", "Sections follow for the first 1 threads (limit: --max-threads 1)",
                "57%  (95% CI 25\u201384%)  4 of 7</text>");
        assertFalse(page.contains("Second"), "no section for the second thread");
    }

    @Test
    void aStructureOnlyThreadGetsItsTreeWithoutSentiment() throws Exception {
        AnnotatedThread r = AnnotatedThread.structureOnly(launch(), Provenance.structureOnly("test"));
        String page = page(r);
        assertHas(page, "Stored without annotations", "<b>5 texts</b> (posts and comments), 0 with a sentiment",
                "<li class=\"c pol-none\" id=\"t1-c4\" data-id=\"r4\"");
    }
}
