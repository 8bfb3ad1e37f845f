package org.threadlens.sentiment.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased tokenization as Hugging Face {@code tokenizers} does it for BERT-vocabulary encoders (bge-small-en-v1.5, all-MiniLM-L6-v2)
 * ({@code BertNormalizer} with lower-casing and accent stripping, {@code BertPreTokenizer}, {@code WordPiece}
 * with {@code ##} continuations, {@code [CLS] … [SEP]}), read from the model's {@code tokenizer.json}.
 *
 * <p>Immutable and thread-safe.
 */
final class WordPieceTokenizer {
    static final String UNKNOWN = "[UNK]";
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classToken;
    private final int separator;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id(UNKNOWN);
        this.classToken = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /** Reads the WordPiece vocabulary of a Hugging Face {@code tokenizer.json}. */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IOException("tokenizer.json has no model.vocab object");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ids.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieceTokenizer(ids);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("vocabulary lacks " + token);
        }
        return id;
    }

    /** Token ids of {@code text} between [CLS] and [SEP], at most {@code maxTokens} in all (cut at the end). */
    long[] encode(String text, int maxTokens) {
        long[] ids = new long[Math.min(maxTokens, 2 + 2 * text.length())];
        int n = 0;
        ids[n++] = classToken;
        for (String word : words(normalize(text))) {
            for (int piece : pieces(word)) {
                if (n == ids.length - 1) {
                    ids[n++] = separator;
                    return ids;
                }
                ids[n++] = piece;
            }
        }
        ids[n++] = separator;
        return Arrays.copyOf(ids, n);
    }

    /** Clean text (controls dropped, whitespace to spaces), CJK ideographs spaced, lower case, accents stripped. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                return;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (isCjk(c)) {
                out.append(' ').appendCodePoint(c).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String lower = out.toString().toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(stripped::appendCodePoint);
        return stripped.toString();
    }

    /** Splits on whitespace, and makes every punctuation character a word of its own. */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        normalized.codePoints().forEach(c -> {
            if (c == ' ') {
                flush(word, words);
            } else if (isPunctuation(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Greedy longest-match-first WordPiece; a word with any unmatched rest is [UNK] as a whole. */
    private int[] pieces(String word) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            return new int[] {unknown};
        }
        int[] out = new int[word.length()];
        int n = 0;
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer match = null;
            while (end > start) {
                String sub = (start > 0 ? "##" : "") + word.substring(start, end);
                match = vocabulary.get(sub);
                if (match != null) {
                    break;
                }
                end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? end - 2 : end - 1;
            }
            if (match == null) {
                return new int[] {unknown};
            }
            out[n++] = match;
            start = end;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    /** ASCII symbols count as punctuation, as in BERT, besides Unicode's P categories. */
    static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
