package org.threadlens.text;

import java.util.Locale;

/** What a stretch of source text is, as the text stage recognised it. */
public enum MarkupKind {
    /** Someone else's words: a block quote ({@code >} in markdown, a {@code >} paragraph in HN HTML). */
    QUOTE,
    /** Code (inline or a block): never parsed or scored; a block is left out of the plain text. */
    CODE,
    /** A bare web address: read as one token ({@code link}), never parsed into pieces. */
    URL,
    /** A link with a label ({@code [label](url)}, {@code <a href>}): its label is read, its target kept. */
    LINK,
    /** A user mention ({@code u/name}): read as the name, reported as a {@code USER} entity. */
    USER,
    /** A community mention ({@code r/name}): read as the name, reported as a {@code COMMUNITY} entity. */
    COMMUNITY,
    /** A spoiler ({@code >!…!<}): read like any text. */
    SPOILER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
