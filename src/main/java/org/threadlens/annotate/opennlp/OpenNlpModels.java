package org.threadlens.annotate.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models ThreadLens uses, as the Maven artifacts {@code org.apache.opennlp:opennlp-models-*:1.3.0}
 * put them on the classpath (at its root): English sentence detector, tokenizer and part-of-speech tagger
 * trained on Universal Dependencies' English Web Treebank, and the 103-language detector. Each is loaded once
 * per process, on first use; models are immutable and shared.
 */
public final class OpenNlpModels {
    public static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LANGUAGES = "langdetect-183.bin";

    private OpenNlpModels() {
    }

    public static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    public static TokenizerModel tokens() {
        return Tokens.MODEL;
    }

    public static POSModel pos() {
        return Pos.MODEL;
    }

    public static LanguageDetectorModel languages() {
        return Languages.MODEL;
    }

    /** Whether the model resource is on the classpath. */
    public static boolean present(String resource) {
        return OpenNlpModels.class.getClassLoader().getResource(resource) != null;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the classpath: "
                        + "add the Maven artifact org.apache.opennlp:opennlp-models-*:1.3.0 that holds it");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenNLP model " + resource + " is unreadable", e);
        }
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCES, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class Pos {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private static final class Languages {
        static final LanguageDetectorModel MODEL = load(LANGUAGES, LanguageDetectorModel::new);
    }
}
