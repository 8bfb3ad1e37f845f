/**
 * What turns the engine's mentions into entities a user can count, thread by thread: rules that hold on any
 * text ({@link org.threadlens.entity.MentionRules}: no URL or markup inside a name, interjections and
 * lower-case common nouns are not names), one type per name in a thread ({@link org.threadlens.entity.TypeVote}),
 * mentions merged into thread-level entities ({@link org.threadlens.entity.MentionMerger}: case variants,
 * surnames, nicknames, {@code u/name} and the author it names), and the link of each entity to its English
 * Wikipedia article where it is not a guess ({@code entity.link}). {@link org.threadlens.entity.EntityResolver}
 * runs them in that order over a whole thread. The web-name gazetteer itself runs inside CoreNLP (its regexner,
 * see {@code annotate.corenlp.Profile#WEB_NAMES}). Sub-packages: {@code link} (the Wikipedia dictionary and the
 * linker), {@code eval} (quality against WNUT-17 and a hand-checked link sample).
 *
 * <p>Never reads input files or runs an NLP engine; nothing here is null unless documented.
 */
package org.threadlens.entity;
