package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * The texts the scorers read from a CoreNLP document: the prepared (plain) text where
 * {@code threadlens_tokenize} ran, else the document's own text. Stateless.
 */
final class DocumentTexts {
    private DocumentTexts() {
    }

    /** The plain text of a sentence (offsets of CoreNLP sentences are chars of the document's text). */
    static String sentence(Annotation doc, CoreMap sentence) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        PreparedText prepared = doc.get(ThreadLensAnnotations.PreparedTextAnnotation.class);
        if (prepared == null) {
            return text.substring(begin, end);
        }
        Span plain = prepared.toPlain(new Span(text.codePointCount(0, begin), text.codePointCount(0, end)));
        return prepared.plain().substring(plain.begin(), plain.end());
    }

    /** The author's own words: the plain text without quotes where the text was prepared, else the whole text. */
    static String ownWords(Annotation doc) {
        PreparedText prepared = doc.get(ThreadLensAnnotations.PreparedTextAnnotation.class);
        return prepared != null ? ThreadAnnotator.ownWords(prepared) : doc.get(CoreAnnotations.TextAnnotation.class).strip();
    }
}
