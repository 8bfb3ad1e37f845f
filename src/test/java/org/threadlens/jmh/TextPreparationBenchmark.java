package org.threadlens.jmh;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.threadlens.text.HackerNewsHtml;
import org.threadlens.text.PreparedText;
import org.threadlens.text.RedditMarkdown;

/**
 * Preparing one comment: Reddit markdown with a quote, a link, a mention and entities; HN HTML. The baseline
 * is CoreNLP's cheapest work on the same comment in the same process: {@code tokenize,ssplit} of the plain text
 * the preparation produces (no models), so that the cost of preparing reads as a fraction of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextPreparationBenchmark {
    static final String REDDIT = "&gt; Scaling the current thing will keep leading to improvements.\n&gt;\n"
            + "&gt; - But something important will continue to be missing.\n\n"
            + "I **really** doubt that. See [the paper](https://arxiv.org/abs/2001.08361) and ask u/some_user in "
            + "r/MachineLearning. AT&amp;T and OpenAI both tried; `code` won't help. \uD83D\uDE80 "
            + "https://example.com/a_(b)?x=1 is another link. ".repeat(3);
    static final String HN = "Aw shucks, guys ... you make me blush.<p>&gt; I&#x27;ll keep writing.<p>See "
            + "<a href=\"https:&#x2F;&#x2F;example.com\">https:&#x2F;&#x2F;example.com</a> and <i>this</i>.".repeat(3);

    private final RedditMarkdown markdown = new RedditMarkdown();
    private final HackerNewsHtml html = new HackerNewsHtml();
    private final StanfordCoreNLP tokenizer = new StanfordCoreNLP(PropertiesUtils.asProperties(
            "annotators", "tokenize,ssplit", "tokenize.language", "en"));
    private final String redditPlain = markdown.prepare(REDDIT).plain();

    @Benchmark
    public PreparedText redditMarkdown() {
        return markdown.prepare(REDDIT);
    }

    @Benchmark
    public PreparedText hackerNewsHtml() {
        return html.prepare(HN);
    }

    @Benchmark
    public Annotation baselineCoreNlpTokenizeSsplit() {
        Annotation doc = new Annotation(redditPlain);
        tokenizer.annotate(doc);
        return doc;
    }
}
