package org.threadlens.annotate;

import java.util.Objects;

/**
 * A token, in code points of the source text.
 *
 * @param word     the token as the tokenizer normalised it (entities decoded, quotes as written)
 * @param pos      the engine's part of speech (Penn Treebank for CoreNLP, UPOS for OpenNLP); nullable when no
 *                 tagger ran
 * @param lemma    nullable when no lemmatizer ran
 * @param ner      the token's entity tag ({@code O} outside entities); nullable when no entity tagger ran
 * @param sentence index of the sentence that holds it
 * @param syntax   nullable: its UD part of speech, features and dependency arc, where the syntax layer ran
 */
public record Token(int begin, int end, String word, String pos, String lemma, String ner, int sentence,
                    Syntax syntax) {
    public Token {
        Spans.require(begin, end, "token");
        Objects.requireNonNull(word, "word");
        if (sentence < 0) {
            throw new IllegalArgumentException("token sentence index " + sentence + " is negative");
        }
    }

    /** A token without syntax. */
    public Token(int begin, int end, String word, String pos, String lemma, String ner, int sentence) {
        this(begin, end, word, pos, lemma, ner, sentence, null);
    }
}
