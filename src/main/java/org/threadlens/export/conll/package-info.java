/**
 * CoNLL-2003-style named-entity export ({@code conll}), for NER tooling (Hugging Face {@code datasets}, spaCy
 * {@code convert}, flair's {@code ColumnCorpus}).
 *
 * <p>Layout. Each thread is a document that starts with {@code -DOCSTART- -X- -X- O} and a blank line; its
 * title's sentences come first, then each comment's in pre-order; each sentence is one token per line and ends
 * with a blank line. A line holds four columns separated by one space: the word (whitespace inside replaced by
 * {@code _}), the engine's POS tag ({@code _} if no tagger ran), the chunk column {@code O} (no chunker runs;
 * the column is there because CoNLL-2003 readers expect four), and the entity tag in IOB2 ({@code B-PERSON},
 * {@code I-PERSON}, {@code O}) from the entities layer, with CoreNLP's entity types ({@code PERSON},
 * {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, ...; not renamed to CoNLL's PER/ORG/LOC). ThreadLens's own
 * {@code PRODUCT} (software, programming languages, apps, devices, games), which CoreNLP's classes lack, is
 * written {@code MISC}, where CoNLL-2003 puts products. Links to Wikipedia have no column here (CoNLL-U's MISC
 * carries them).
 *
 * <p>Texts annotated without the entities layer have no tags to give and are left out, counted in the export's
 * notes; a thread with no text left writes no document. The format has no place for metadata: the provenance
 * is beside the file ({@code OUT.provenance.json}). Nothing here does NLP.
 */
package org.threadlens.export.conll;
