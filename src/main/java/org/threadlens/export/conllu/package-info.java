/**
 * CoNLL-U export ({@code conllu}): the tokens of every annotated text, for Universal Dependencies tools
 * (the {@code conllu} Python package, Stanza, UDPipe, UD's {@code validate.py}).
 *
 * <p>Layout. One document per thread ({@code # newdoc id = THREAD} with {@code platform}, {@code community},
 * {@code title} and {@code url} comments), its title's sentences first ({@code # sent_id = THREAD-title-N}),
 * then each comment's in pre-order ({@code # sent_id = COMMENT-N}, N from 1); a comment's first sentence
 * carries {@code # comment_id}, {@code # parent_id} (not for the post), {@code # author} and
 * {@code # created_utc}. Each sentence has {@code # sentiment} (CoreNLP's label) and
 * {@code # sentiment_distribution} (five probabilities) where sentiment ran, {@code # quoted = yes} for a
 * sentence inside a quote, and {@code # text}: the FORMs joined with a space except where MISC says
 * {@code SpaceAfter=No}, as UD requires (so it may differ from the source where a token's word does, e.g.
 * {@code &amp;} read as {@code &}; {@code TokenRange} gives the exact code points of the source).
 *
 * <p>Columns. ID 1..n; FORM and LEMMA the engine's word and lemma in NFC, whitespace inside collapsed to one
 * space ({@code _} for no lemma); UPOS, FEATS, HEAD and DEPREL the syntax layer's
 * ({@link org.threadlens.annotate.Syntax}: UD v2 relations, one tree per sentence) where it ran; without it, UPOS
 * mapped from the engine's tag by {@link org.threadlens.annotate.UniversalPos} ({@code _} if no tagger ran) and
 * {@code _} for FEATS, HEAD and DEPREL; XPOS the engine's own tag ({@code _} where it is UPOS); DEPS {@code _}; MISC
 * in alphabetical order: {@code Link=} the English Wikipedia title of the token's entity, on every token of a
 * linked mention ({@code Link=Ken_Bone}; {@code %}, {@code |} and whitespace percent-encoded), {@code NER=} the BIO
 * tag from the entities layer with ThreadLens's types ({@code PRODUCT} included; absent where entities were not run),
 * {@code SpaceAfter=No} where the source has no whitespace before the next token, {@code TokenRange=BEGIN:END}
 * in code points of the text. No multi-word tokens or empty nodes: the engines' tokens are the words.
 *
 * <p>Validity. The file passes the format rules of UD's validator, levels 1 and 2 (ten columns, no empty
 * field, no leading, trailing or doubled whitespace, none in the tag columns, ids 1..n, NFC, LF line ends, one
 * unique whitespace-free {@code sent_id} without slash, one {@code # text} equal to the FORMs and SpaceAfter,
 * UPOS from the 17 tags), and with the syntax layer its tree rules too. Sentences without the syntax layer fail
 * those (HEAD and DEPREL {@code _}): the writer says so once, in a comment before the first of them and in its
 * {@code notes()}, rather than make up a tree. Nothing here does NLP.
 */
package org.threadlens.export.conllu;
