package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * A model-free engine for tests: sentences end at {@code .}, {@code !} or {@code ?}; tokens are runs of
 * non-space; a capitalised word after the first word of a sentence is a PERSON; a sentence holding
 * "great" is positive, "waste" negative, "NOSENTIMENT" gets none (as CoreNLP gives a sentence it could not
 * parse), else neutral. Text containing "FAIL" throws. A test may run its own step before each text
 * ({@link BeforeText}: wait for an event, ask the run to stop), as a slow or stopped engine would.
 */
public final class FakeAnnotator implements CommentAnnotator {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\s][^.!?]*[.!?]?");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private final Set<Layer> layers;
    private final BeforeText before;
    private int calls;

    /** What a test does before a text is annotated; it may throw as an engine would. */
    @FunctionalInterface
    public interface BeforeText {
        void accept(AnnotationInput input) throws AnnotationException;
    }

    public FakeAnnotator(Set<Layer> layers) {
        this(layers, input -> { });
    }

    public FakeAnnotator(Set<Layer> layers, BeforeText before) {
        this.layers = Set.copyOf(layers);
        this.before = before;
    }

    public synchronized int calls() {
        return calls;
    }

    @Override
    public Set<Layer> layers() {
        return layers;
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo("fake", "1", "split", new TreeMap<>());
    }

    @Override
    public TextAnnotations annotate(AnnotationInput input) throws AnnotationException {
        synchronized (this) {
            calls++;
        }
        before.accept(input);
        PreparedText text = input.text();
        String plain = text.plain();
        if (plain.contains("FAIL")) {
            throw new AnnotationException(input.id() + ": fake failure", null);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        Matcher s = SENTENCE.matcher(plain);
        while (s.find()) {
            int index = sentences.size();
            Span span = text.toSource(s.start(), s.end());
            sentences.add(new Sentence(span.begin(), span.end(), false, sentiment(s.group())));
            Matcher t = TOKEN.matcher(s.group());
            boolean first = true;
            while (t.find()) {
                Span ts = text.toSource(s.start() + t.start(), s.start() + t.end());
                String reported = text.wordFor(s.start() + t.start(), s.start() + t.end(), t.group());
                tokens.add(new Token(ts.begin(), ts.end(), reported, "NN", t.group().toLowerCase(), "O", index,
                        syntax(first)));
                if (!first && Character.isUpperCase(t.group().charAt(0)) && layers.contains(Layer.ENTITIES)) {
                    String word = t.group().replaceAll("\\W+$", "");
                    Span es = text.toSource(s.start() + t.start(), s.start() + t.start() + word.length());
                    entities.add(new EntityMention(text.sourceSlice(es), "PERSON", es.begin(), es.end(), index));
                }
                first = false;
            }
        }
        return new TextAnnotations(layers, sentences, tokens, entities, List.of());
    }

    /** With the syntax layer, a flat tree: a sentence's first token is its root, every other one depends on it. */
    private Syntax syntax(boolean first) {
        if (!layers.contains(Layer.SYNTAX)) {
            return null;
        }
        return first ? new Syntax("NOUN", "Number=Sing", 0, "root") : new Syntax("NOUN", "Number=Sing", 1, "dep");
    }

    private SentenceSentiment sentiment(String sentence) {
        if (!layers.contains(Layer.SENTIMENT) || sentence.contains("NOSENTIMENT")) {
            return null;
        }
        SentimentLabel label = sentence.contains("great") ? SentimentLabel.POSITIVE
                : sentence.contains("waste") ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        double[] p = new double[] {0.05, 0.05, 0.05, 0.05, 0.05};
        p[label.value()] = 0.8;
        return new SentenceSentiment(label, new SentimentDistribution(p), SentenceSentiment.CORENLP);
    }

    @Override
    public void close() {
    }
}
