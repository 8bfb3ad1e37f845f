package org.threadlens.sentiment.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.annotate.Polarity;
import org.threadlens.read.InputFormatException;

/**
 * The Stanford Sentiment Treebank's trees (PTB format, one a line, a label 0–4 on every node, e.g.
 * {@code (3 (2 It) (4 (2 works) (2 .)))}): each sentence, and each phrase (a labelled subtree), as a text —
 * its leaves joined by single spaces, PTB escapes undone — with its label grouped 0–1 negative, 2 neutral,
 * 3–4 positive. Phrases teach sentiment composition (SST's point: "not bad" is labelled where it occurs).
 */
public final class SentimentTrees {
    private static final Map<String, String> ESCAPES = Map.of("-LRB-", "(", "-RRB-", ")", "``", "\"", "''", "\"");

    private final List<SentimentSets.Labelled> sentences = new ArrayList<>();
    /** Distinct phrases in first-seen order, each with the label of its first occurrence. */
    private final Map<String, Polarity> phrases = new LinkedHashMap<>();

    private SentimentTrees() {
    }

    /** Reads every tree of the file; a line that is not a tree is an error naming the file and line. */
    public static SentimentTrees read(Path file) throws IOException, InputFormatException {
        SentimentTrees trees = new SentimentTrees();
        long lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Parser parser = new Parser(line.strip(), trees.phrases);
            try {
                Node root = parser.node();
                parser.end();
                trees.sentences.add(new SentimentSets.Labelled(String.join(" ", root.words()), root.label()));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new InputFormatException(file.toString(), lineNo, "expected a sentiment tree such as "
                        + "'(3 (2 It) (4 (2 works) (2 .)))'" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return trees;
    }

    /** Every sentence (a tree's root), in file order. */
    public List<SentimentSets.Labelled> sentences() {
        return List.copyOf(sentences);
    }

    /**
     * The distinct phrases of at least {@code minWords} words that are not themselves a whole sentence of the
     * file, in first-seen order.
     */
    public List<SentimentSets.Labelled> phrases(int minWords) {
        java.util.Set<String> whole = new java.util.HashSet<>();
        sentences.forEach(s -> whole.add(s.text()));
        List<SentimentSets.Labelled> out = new ArrayList<>();
        phrases.forEach((text, label) -> {
            if (!whole.contains(text) && text.chars().filter(c -> c == ' ').count() + 1 >= minWords) {
                out.add(new SentimentSets.Labelled(text, label));
            }
        });
        return out;
    }

    private record Node(Polarity label, List<String> words) {
    }

    /** A recursive-descent reader of one tree; every subtree it closes is recorded as a phrase. */
    private static final class Parser {
        private final String s;
        private final Map<String, Polarity> phrases;
        private int at;

        Parser(String s, Map<String, Polarity> phrases) {
            this.s = s;
            this.phrases = phrases;
        }

        Node node() {
            expect('(');
            char digit = s.charAt(at++);
            if (digit < '0' || digit > '4') {
                throw new IllegalArgumentException("a label 0-4 after '(' at column " + at);
            }
            Polarity label = digit < '2' ? Polarity.NEGATIVE : digit == '2' ? Polarity.NEUTRAL : Polarity.POSITIVE;
            skipSpaces();
            List<String> words = new ArrayList<>();
            if (s.charAt(at) == '(') {
                while (s.charAt(at) == '(') {
                    words.addAll(node().words());
                    skipSpaces();
                }
            } else {
                int close = s.indexOf(')', at);
                if (close <= at) {
                    throw new IllegalArgumentException("a word and ')' at column " + (at + 1));
                }
                String word = s.substring(at, close);
                words.add(ESCAPES.getOrDefault(word, word));
                at = close;
            }
            expect(')');
            phrases.putIfAbsent(String.join(" ", words), label);
            return new Node(label, words);
        }

        void end() {
            if (at != s.length()) {
                throw new IllegalArgumentException("the line to end after the tree, at column " + (at + 1));
            }
        }

        private void expect(char c) {
            if (s.charAt(at) != c) {
                throw new IllegalArgumentException("'" + c + "' at column " + (at + 1));
            }
            at++;
        }

        private void skipSpaces() {
            while (s.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
