package org.threadlens.entity.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threadlens.read.InputFormatException;

/**
 * Reads CoNLL-style BIO files: one {@code token<TAB>tag} per line, sentences separated by a blank line or
 * a line holding only whitespace (WNUT-17's training file separates some with a lone TAB).
 */
public final class ConllSentences {
    private ConllSentences() {
    }

    /** A labelled sentence: tokens and their BIO tags ({@code O}, {@code B-person}, {@code I-person}, ...). */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException("tokens and tags differ in number");
            }
        }

        /** The tokens joined by single spaces: the text the engine reads. */
        public String text() {
            return String.join(" ", tokens);
        }

        /** Char offsets of token {@code i} in {@link #text()}. */
        public int[] offsets(int i) {
            int at = 0;
            for (int k = 0; k < i; k++) {
                at += tokens.get(k).length() + 1;
            }
            return new int[] {at, at + tokens.get(i).length()};
        }
    }

    public static List<Sentence> read(Path file) throws IOException, InputFormatException {
        Objects.requireNonNull(file, "file");
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        long lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                flush(tokens, tags, out);
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new InputFormatException(file.toString(), lineNo, "expected 'token<TAB>tag', found '" + line.strip() + "'");
            }
            String tag = line.substring(tab + 1).strip();
            if (!tag.equals("O") && !tag.startsWith("B-") && !tag.startsWith("I-")) {
                throw new InputFormatException(file.toString(), lineNo, "expected a BIO tag (O, B-type, I-type), found '" + tag + "'");
            }
            tokens.add(line.substring(0, tab));
            tags.add(tag);
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<Sentence> out) {
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }
}
