package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.threadlens.text.CaseStyle;
import org.threadlens.text.Markup;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.MarkupStyle;
import org.threadlens.text.PreparedText;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadTree;

/**
 * Annotates a thread's title and every comment, each text a task on the given executor.
 *
 * <p>Policy decided here, not in the engine:
 * <ul>
 *   <li>each body is prepared in its platform's {@link MarkupStyle} (titles as plain text);</li>
 *   <li>deleted and removed comments are not annotated (their body is a placeholder such as
 *       {@code [deleted]}); they get empty annotations of the requested layers;</li>
 *   <li>text without case information is marked caseless for the engine;</li>
 *   <li>with a {@link LanguageCheck}, text found not to be English is flagged with its language and, if the
 *       check says so, not annotated (it gets no layers);</li>
 *   <li>markup becomes layers ({@link MarkupLayers}); quotes are traced to the ancestor they repeat
 *       ({@link QuoteSources});</li>
 *   <li>a sentence the engine left without sentiment but with words (too long to parse, or parsing timed
 *       out) is scored by the fallback scorer, whose name the sentiment carries;</li>
 *   <li>a text the engine fails on gets empty annotations and an {@link AnnotationFailure}.</li>
 * </ul>
 * Thread-safe: one instance serves every thread of a run.
 */
public final class ThreadAnnotator {
    /** The provenance setting naming the language check. */
    public static final String LANGUAGE_SETTING = "threadlens.nonEnglish";

    /** Identical texts seen recently: their annotations are reused (see {@link TextCache}). */
    static final int CACHE_ENTRIES = 4_096;

    private final CommentAnnotator engine;
    private final Options options;
    private final CommentScoring scoring;
    private final TextCache<Done> cache = new TextCache<>(CACHE_ENTRIES);

    /**
     * How texts are prepared and completed.
     *
     * @param markup       nullable: the markup style of every body; null chooses by the thread's platform
     * @param fallback     nullable: the scorer for sentences the engine could not give a sentiment; null leaves
     *                     them without
     * @param detectCase   whether all-lowercase and all-capitals texts are marked caseless for the engine
     * @param scorers      comment-level scorers run on each comment's own words (quotes left out)
     * @param language     nullable: the language check; null checks nothing
     * @param refiner      nullable: the step over each whole thread once annotated (entity resolution); null
     *                     leaves the engine's mentions as they are
     */
    public record Options(MarkupStyle markup, SentenceScorer fallback, boolean detectCase, List<CommentScorer> scorers,
                          LanguageCheck language, ThreadRefiner refiner) {
        public Options {
            scorers = List.copyOf(scorers);
        }

        /** Options without a language check or a thread step. */
        public Options(MarkupStyle markup, SentenceScorer fallback, boolean detectCase, List<CommentScorer> scorers) {
            this(markup, fallback, detectCase, scorers, null, null);
        }

        /**
         * Markup by platform, caseless detection, no fallback or comment scorers, no language check. With an
         * engine that leaves sentence sentiment to the fallback (CoreNLP's fast profile) nothing then has a
         * sentiment: {@code sentiment.SentimentScorers.options} gives what {@code annotate} runs.
         */
        public static Options defaults() {
            return new Options(null, null, true, List.of());
        }

        public Options withLanguage(LanguageCheck check) {
            return new Options(markup, fallback, detectCase, scorers, check, refiner);
        }

        public Options withRefiner(ThreadRefiner step) {
            return new Options(markup, fallback, detectCase, scorers, language, step);
        }
    }

    public ThreadAnnotator(CommentAnnotator engine, Options options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
        this.scoring = new CommentScoring(options.fallback(), options.scorers());
    }

    public CommentAnnotator engine() {
        return engine;
    }

    /**
     * The provenance of this annotator's output: the engine's, plus the language check where there is one
     * (setting {@value #LANGUAGE_SETTING}) and the thread step's settings; without either it is exactly the
     * engine's.
     */
    public EngineInfo info() {
        EngineInfo e = engine.info();
        if (options.language() == null && options.refiner() == null) {
            return e;
        }
        TreeMap<String, String> settings = new TreeMap<>(e.settings());
        if (options.language() != null) {
            settings.put(LANGUAGE_SETTING, options.language().describe());
        }
        if (options.refiner() != null) {
            settings.putAll(options.refiner().settings());
        }
        return new EngineInfo(e.engine(), e.version(), e.annotators(), settings);
    }

    /** A text's preparation and annotations, and why the engine failed on it (null if it did not). */
    private record Done(PreparedText text, TextAnnotations annotations, String failed) {
        Done(PreparedText text, TextAnnotations annotations) {
            this(text, annotations, null);
        }
    }

    /** Annotates every text of the thread on {@code executor}; completes when all are done. */
    public CompletableFuture<ThreadAnnotations> annotate(DiscussionThread thread, Executor executor) {
        ConcurrentLinkedQueue<AnnotationFailure> failures = new ConcurrentLinkedQueue<>();
        MarkupStyle style = options.markup() != null ? options.markup() : MarkupStyle.forPlatform(thread.platform());
        CompletableFuture<Done> title = thread.title() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> annotateText(thread.id() + "/title", thread.title(), MarkupStyle.PLAIN,
                        thread.createdUtc(), failures), executor);
        List<CompletableFuture<Done>> comments = new ArrayList<>(thread.comments().size());
        for (Comment c : thread.comments()) {
            comments.add(needsAnnotation(c)
                    ? CompletableFuture.supplyAsync(() -> annotateText(c.id(), c.text(), style, c.createdUtc(), failures), executor)
                    : CompletableFuture.completedFuture(null));
        }
        return CompletableFuture.allOf(comments.toArray(CompletableFuture[]::new)).thenCombine(title, (all, t) -> {
            List<Done> done = comments.stream().map(CompletableFuture::join).toList();
            Map<String, TextAnnotations> byId = withQuoteSources(thread, t, done);
            ThreadAnnotations a = new ThreadAnnotations(thread, t == null ? null : t.annotations(), byId, List.copyOf(failures));
            return options.refiner() == null ? a : options.refiner().refine(a);
        });
    }

    /** Whether a comment's body is the author's words: not a deletion or removal placeholder. */
    public static boolean needsAnnotation(Comment c) {
        return !c.has(CommentFlag.DELETED) && !c.has(CommentFlag.REMOVED);
    }

    private Done annotateText(String id, String text, MarkupStyle style, Long createdUtc,
                              ConcurrentLinkedQueue<AnnotationFailure> failures) {
        TextCache.Key key = TextCache.key(text, style, createdUtc, engine.dependsOnDate());
        Done seen = cache.get(key);
        if (seen != null) {
            return seen;
        }
        Done done = annotateFresh(id, text, style, createdUtc, failures);
        if (done.failed() == null) {
            cache.put(key, done);
        }
        return done;
    }

    /** How many texts were answered from the cache of identical texts, and how many were annotated. */
    public long[] cacheCounts() {
        return new long[] {cache.hits(), cache.misses()};
    }

    private Done annotateFresh(String id, String text, MarkupStyle style, Long createdUtc,
                               ConcurrentLinkedQueue<AnnotationFailure> failures) {
        PreparedText prepared = style.preparer().prepare(text);
        String foreign = foreignLanguage(prepared);
        if (foreign != null && options.language().action() == LanguageCheck.Action.SKIP) {
            return new Done(prepared, TextAnnotations.skippedForLanguage(foreign));
        }
        boolean caseless = options.detectCase() && CaseStyle.of(prepared.plain()).isCaseless();
        try {
            TextAnnotations raw = engine.annotate(new AnnotationInput(id, prepared, createdUtc, caseless,
                    CommentScoring.unscored(prepared)));
            TextAnnotations layered = MarkupLayers.apply(scoring.withFallbackSentiment(raw, prepared), prepared);
            return new Done(prepared, scoring.withScores(layered, prepared).withLanguage(foreign));
        } catch (AnnotationException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            failures.add(new AnnotationFailure(id, why));
            return new Done(prepared, TextAnnotations.empty(engine.layers()), why);
        }
    }

    /** The text's language if the check finds it is not English, else null (also without a check). */
    private String foreignLanguage(PreparedText prepared) {
        if (options.language() == null) {
            return null;
        }
        String language = options.language().detector().detect(prepared.plain()).orElse(null);
        return LanguageCheck.isForeign(language) ? language : null;
    }


    /** The plain text with quoted stretches left out: the author's own words. */
    public static String ownWords(PreparedText text) {
        return CommentScoring.ownWords(text);
    }

    /**
     * Every comment's annotations, quotes traced to the ancestor they repeat. Texts are normalised for the
     * comparison only when a quote asks for them: most threads quote nothing.
     */
    private Map<String, TextAnnotations> withQuoteSources(DiscussionThread thread, Done title, List<Done> done) {
        Map<String, String> plainById = new HashMap<>();
        for (int i = 0; i < done.size(); i++) {
            Comment c = thread.comments().get(i);
            String plain = done.get(i) == null ? "" : done.get(i).text().plain();
            if (c.isPost() && title != null) {
                plain = title.text().plain() + "\n" + plain;
            }
            plainById.put(c.id(), plain);
        }
        Map<String, String> normalizedById = new HashMap<>();
        Function<String, String> normalized = id -> plainById.containsKey(id)
                ? normalizedById.computeIfAbsent(id, k -> QuoteSources.normalize(plainById.get(k))) : null;
        ThreadTree tree = thread.tree();
        Map<String, TextAnnotations> byId = new LinkedHashMap<>();
        for (int i = 0; i < done.size(); i++) {
            Comment c = thread.comments().get(i);
            Done d = done.get(i);
            if (d == null) {
                byId.put(c.id(), TextAnnotations.empty(engine.layers()));
                continue;
            }
            List<Markup> quotes = d.text().markup(MarkupKind.QUOTE);
            if (quotes.isEmpty() || d.annotations().quotes().size() != quotes.size()) {
                byId.put(c.id(), d.annotations());
                continue;
            }
            List<Quote> traced = new ArrayList<>();
            for (int q = 0; q < quotes.size(); q++) {
                Quote quote = d.annotations().quotes().get(q);
                traced.add(new Quote(quote.begin(), quote.end(), QuoteSources.sourceOf(quotes.get(q), c, d.text(), tree, normalized)));
            }
            byId.put(c.id(), d.annotations().withQuotes(traced));
        }
        return byId;
    }
}
