package org.threadlens.annotate.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceScorer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.PreparedText;

/**
 * The light engine: OpenNLP's English sentence detector, tokenizer and part-of-speech tagger, and VADER for
 * sentence sentiment. No entities, no parse, no CoreNLP sentiment; its provenance says {@code opennlp}.
 *
 * <p>Output, as the CoreNLP engine's: sentences split at blank lines first (paragraphs, quotes and list items
 * of the prepared text, as CoreNLP's {@code ssplit.newlineIsSentenceBreak=two}), then by the sentence
 * detector; tokens with their word and Universal POS tag ({@code PROPN}, {@code AUX+PART} for "don't"): the
 * models are trained on Universal Dependencies' English Web Treebank, which keeps contractions whole, and
 * OpenNLP's mapping to Penn tags answers {@code ?} for those, so the UD tags are reported as they are. No
 * lemma, no entity tag. With the sentiment layer each sentence gets VADER's five-class sentiment (scorer
 * {@code vader}).
 *
 * <p>Thread-safe: OpenNLP's thread-safe wrappers keep one decoder per calling thread over shared models.
 */
public final class OpenNlpAnnotator implements CommentAnnotator {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private final Set<Layer> layers;
    private final SentenceScorer sentiment;
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final EngineInfo info;

    /** @param sentiment nullable: the sentence scorer, required with the sentiment layer */
    OpenNlpAnnotator(Set<Layer> layers, SentenceScorer sentiment) {
        this.layers = Set.copyOf(layers);
        this.sentiment = layers.contains(Layer.SENTIMENT) ? sentiment : null;
        this.sentences = new ThreadSafeSentenceDetectorME(OpenNlpModels.sentences());
        this.tokenizer = new ThreadSafeTokenizerME(OpenNlpModels.tokens());
        this.tagger = new ThreadSafePOSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD);
        TreeMap<String, String> settings = new TreeMap<>();
        settings.put("sentences.model", OpenNlpModels.SENTENCES);
        settings.put("tokens.model", OpenNlpModels.TOKENS);
        settings.put("pos.model", OpenNlpModels.POS);
        settings.put("pos.tagset", "ud");
        settings.put("opennlp-models", BuildInfo.openNlpModelsVersion());
        if (this.sentiment != null) {
            settings.put("sentiment", this.sentiment.name());
        }
        this.info = new EngineInfo(OpenNlpProvider.NAME, BuildInfo.openNlpVersion(),
                this.sentiment == null ? "sentdetect,tokenize,pos" : "sentdetect,tokenize,pos," + this.sentiment.name(),
                settings);
    }

    @Override
    public Set<Layer> layers() {
        return layers;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public TextAnnotations annotate(AnnotationInput input) {
        PreparedText text = input.text();
        List<Sentence> out = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span paragraph : paragraphs(text.plain())) {
            String p = text.plain().substring(paragraph.getStart(), paragraph.getEnd());
            for (Span s : sentences.sentPosDetect(p)) {
                int begin = paragraph.getStart() + s.getStart();
                addSentence(text, begin, paragraph.getStart() + s.getEnd(), out, tokens);
            }
        }
        return new TextAnnotations(layers, out, tokens, List.of(), List.of());
    }

    private void addSentence(PreparedText text, int begin, int end, List<Sentence> out, List<Token> tokens) {
        String sentence = text.plain().substring(begin, end);
        Span[] spans = tokenizer.tokenizePos(sentence);
        if (spans.length == 0) {
            return;
        }
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        int index = out.size();
        for (int i = 0; i < spans.length; i++) {
            int b = begin + spans[i].getStart();
            int e = begin + spans[i].getEnd();
            org.threadlens.text.Span source = text.toSource(b, e);
            tokens.add(new Token(source.begin(), source.end(), text.wordFor(b, e, words[i]), tags[i], null, null, index));
        }
        org.threadlens.text.Span source = text.toSource(begin + spans[0].getStart(), begin + spans[spans.length - 1].getEnd());
        out.add(new Sentence(source.begin(), source.end(), false, sentiment == null ? null : sentiment.score(sentence)));
    }

    /** The stretches of the plain text between blank lines, without surrounding white space. */
    static List<Span> paragraphs(String plain) {
        List<Span> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(plain);
        int at = 0;
        while (m.find()) {
            addTrimmed(plain, at, m.start(), out);
            at = m.end();
        }
        addTrimmed(plain, at, plain.length(), out);
        return out;
    }

    private static void addTrimmed(String s, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Span(begin, end));
        }
    }

    @Override
    public void close() {
        sentences.close();
        tokenizer.close();
        tagger.close();
    }
}
