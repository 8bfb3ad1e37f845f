package org.threadlens.sentiment.vader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * VADER's two lexicons: token → mean valence (−4 … +4, the mean of ten human ratings) and emoji → its
 * textual description. Immutable and thread-safe; {@link #standard()} loads the bundled copies once per
 * class loader and shares them.
 *
 * <p>Parsing follows the reference implementation: one entry per line, fields separated by tabs, the first
 * two used (token, mean); surrounding whitespace (including a CR of CRLF line ends) is ignored; blank lines
 * are skipped; a token listed twice keeps its last value. Tokens are kept as written and looked up by the
 * lower-cased word, as the reference does.
 *
 * <p>Encoding: UTF-8. The lexicon as published in the Maven artifact has two emoticons ({@code :-Þ},
 * {@code :Þ}) written in ISO-8859-1; a line that is not valid UTF-8 is therefore read as ISO-8859-1, which
 * gives the tokens the reference's UTF-8 copy has.
 *
 * <p>Emoji: the reference replaces emoji one code point at a time, so only entries whose emoji is a single
 * code point can ever match; multi-code-point sequences (skin tones, ZWJ sequences, variation selectors) are
 * read but not kept, and their components are replaced one by one.
 */
public final class VaderLexicon {
    /** Classpath resource of the word lexicon (pom.xml copies {@code models/} to {@code threadlens-models/}). */
    public static final String LEXICON_RESOURCE = "/threadlens-models/vader_lexicon.txt";
    /** Classpath resource of the emoji lexicon. */
    public static final String EMOJI_RESOURCE = "/threadlens-models/emoji_utf8_lexicon.txt";

    private final Map<String, Double> valences;
    private final Map<Integer, String> emoji;

    private VaderLexicon(Map<String, Double> valences, Map<Integer, String> emoji) {
        this.valences = Map.copyOf(valences);
        this.emoji = Map.copyOf(emoji);
    }

    /** The bundled lexicons, loaded on first use. Throws {@link UncheckedIOException} if they are missing. */
    public static VaderLexicon standard() {
        return Standard.LEXICON;
    }

    /**
     * Reads a word lexicon and an emoji lexicon in the reference's format. Closes neither stream.
     *
     * @throws IOException if a stream cannot be read or a line is not {@code TOKEN<TAB>VALUE...}
     */
    public static VaderLexicon read(InputStream lexicon, String lexiconName, InputStream emoji, String emojiName)
            throws IOException {
        Map<String, Double> valences = new HashMap<>();
        String[] lines = lines(lexicon.readAllBytes());
        for (int i = 0; i < lines.length; i++) {
            String[] fields = fields(lines[i], lexiconName, i + 1, "TOKEN<TAB>MEAN-VALENCE");
            if (fields != null) {
                valences.put(fields[0], parseValence(fields[1], lexiconName, i + 1));
            }
        }
        Map<Integer, String> descriptions = new HashMap<>();
        lines = lines(emoji.readAllBytes());
        for (int i = 0; i < lines.length; i++) {
            String[] fields = fields(lines[i], emojiName, i + 1, "EMOJI<TAB>DESCRIPTION");
            if (fields != null && PythonStrings.length(fields[0]) == 1) {
                descriptions.put(fields[0].codePointAt(0), fields[1]);
            }
        }
        return new VaderLexicon(valences, descriptions);
    }

    /** The mean valence of {@code word} (already lower-cased by the caller), or empty if it is not listed. */
    public OptionalDouble valence(String word) {
        Double v = valences.get(word);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Whether {@code word} (already lower-cased by the caller) has a valence. */
    public boolean contains(String word) {
        return valences.containsKey(word);
    }

    /** The description of a single-code-point emoji, or null if it has none. */
    public String emojiDescription(int codePoint) {
        return emoji.get(codePoint);
    }

    /** Number of distinct tokens with a valence. */
    public int size() {
        return valences.size();
    }

    /** Number of single-code-point emoji with a description. */
    public int emojiCount() {
        return emoji.size();
    }

    private static String[] lines(byte[] bytes) {
        String[] lines = new String[count(bytes) + 1];
        int start = 0;
        int n = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lines[n++] = decode(bytes, start, i - start);
                start = i + 1;
            }
        }
        return lines;
    }

    private static int count(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    private static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** The first two tab-separated fields of a line, or null for a blank line. */
    private static String[] fields(String line, String file, int lineNumber, String expected) throws IOException {
        String stripped = PythonStrings.strip(line);
        if (stripped.isEmpty()) {
            return null;
        }
        String[] fields = stripped.split("\t", 3);
        if (fields.length < 2) {
            throw new IOException(file + ":" + lineNumber + ": expected " + expected + ", found '"
                    + abbreviate(stripped) + "'");
        }
        return fields;
    }

    private static double parseValence(String field, String file, int lineNumber) throws IOException {
        try {
            double v = Double.parseDouble(field);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(file + ":" + lineNumber + ": expected a finite mean valence, found '"
                + abbreviate(field) + "'");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** Holder idiom: the bundled lexicons are read when first asked for, once. */
    private static final class Standard {
        static final VaderLexicon LEXICON = load();

        private static VaderLexicon load() {
            try (InputStream lexicon = open(LEXICON_RESOURCE); InputStream emoji = open(EMOJI_RESOURCE)) {
                return read(lexicon, LEXICON_RESOURCE, emoji, EMOJI_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the bundled VADER lexicons: " + e.getMessage(), e);
            }
        }

        private static InputStream open(String resource) throws IOException {
            InputStream in = VaderLexicon.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException(resource + " is not on the classpath (expected models/ copied there by"
                        + " the Maven build)");
            }
            return in;
        }
    }

    @Override
    public String toString() {
        return "VaderLexicon[" + valences.size() + " tokens, " + emoji.size() + " emoji]";
    }
}
