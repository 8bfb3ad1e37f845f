package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.threadlens.annotate.MarkupLayers;
import org.threadlens.text.Markup;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.MarkupStyle;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * {@code threadlens_tokenize}: CoreNLP's {@code tokenize} (with its sentence splitting) over the prepared
 * text of a social-media comment, with every offset pointing into the comment as written. Use it in place of
 * {@code tokenize}: {@code annotators=threadlens_tokenize,pos,lemma,ner,parse,sentiment}.
 *
 * <p>Design. CoreNLP's {@code cleanxml} keeps offsets into the original because the tokenizer reads the
 * original: tags become tokens, which it then drops, adding their text to the neighbours' {@code Before} and
 * {@code After}. Markdown and HTML cannot be handled that way (the tokenizer splits {@code **bold**},
 * {@code [label](url)}, {@code &gt; quote} into nonsense tokens), and an annotator running before
 * {@code tokenize} could only replace the document's text, so offsets would point into the replacement. So
 * this annotator is the tokenizer: it prepares the text ({@code org.threadlens.text}, as {@code threadlens
 * annotate} does: entities decoded, markup, links and code reduced, quotes as paragraphs), runs CoreNLP's own
 * {@link TokenizerAnnotator} on the prepared text with the pipeline's properties (so {@code tokenize.*} and
 * {@code ssplit.*} work as usual), then moves every token and sentence onto the original text
 * ({@link SourceOffsets}). The document's text stays the original; the prepared text is kept as
 * {@link ThreadLensAnnotations.PreparedTextAnnotation}; sentences inside a quote are marked
 * {@link ThreadLensAnnotations.QuotedAnnotation}. Token words are what the models read ({@code link} for a URL,
 * {@code &} for {@code &amp;}); {@code OriginalText} is the original stretch.
 *
 * <p>Properties: {@code <name>.markup} = {@code reddit} (default: Reddit markdown, with or without Reddit's
 * HTML escaping), {@code html} (Hacker News comment HTML), {@code plain} (character references only).
 * Thread-safe, like the tokenizer it wraps.
 */
public class SocialTextTokenizer implements Annotator {
    public static final String NAME = "threadlens_tokenize";

    private final TokenizerAnnotator tokenizer;
    private final MarkupStyle markup;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
    public SocialTextTokenizer(String name, Properties props) {
        String style = props.getProperty(name + ".markup", MarkupStyle.REDDIT_MARKDOWN.wireName());
        try {
            this.markup = MarkupStyle.fromWireName(style);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ".markup: " + e.getMessage(), e);
        }
        this.tokenizer = new TokenizerAnnotator(props);
    }

    @Override
    public void annotate(Annotation doc) {
        String source = doc.get(CoreAnnotations.TextAnnotation.class);
        if (source == null) {
            throw new IllegalArgumentException(NAME + ": the document has no text");
        }
        PreparedText prepared = markup.preparer().prepare(source);
        Annotation scratch = new Annotation(prepared.plain());
        tokenizer.annotate(scratch);
        SourceOffsets offsets = new SourceOffsets(prepared);
        List<CoreLabel> tokens = scratch.get(CoreAnnotations.TokensAnnotation.class);
        offsets.move(tokens);
        offsets.setWhitespace(tokens);
        List<CoreMap> sentences = scratch.get(CoreAnnotations.SentencesAnnotation.class);
        List<Span> quotes = prepared.markup(MarkupKind.QUOTE).stream().map(Markup::source).toList();
        for (CoreMap sentence : sentences) {
            moveSentence(sentence, offsets, quotes, source);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.set(ThreadLensAnnotations.PreparedTextAnnotation.class, prepared);
    }

    private static void moveSentence(CoreMap sentence, SourceOffsets offsets, List<Span> quotes, String source) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        offsets.move(tokens);
        if (tokens.isEmpty()) {
            sentence.set(ThreadLensAnnotations.QuotedAnnotation.class, false);
            return;
        }
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, first.beginPosition());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, last.endPosition());
        sentence.set(CoreAnnotations.TextAnnotation.class, source.substring(first.beginPosition(), last.endPosition()));
        boolean quoted = MarkupLayers.mostlyInside(offsets.codePoints(first).begin(), offsets.codePoints(last).end(), quotes);
        sentence.set(ThreadLensAnnotations.QuotedAnnotation.class, quoted);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        Set<Class<? extends CoreAnnotation>> satisfied = new HashSet<>(tokenizer.requirementsSatisfied());
        satisfied.add(ThreadLensAnnotations.PreparedTextAnnotation.class);
        satisfied.add(ThreadLensAnnotations.QuotedAnnotation.class);
        return satisfied;
    }

    @Override
    public Collection<String> exactRequirements() {
        return List.of();
    }
}
