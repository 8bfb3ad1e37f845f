package org.threadlens.entity.link;

/**
 * How an article title answers to a name: the checks {@link EntityLinker} applies to the dictionary's article
 * for a surface form. Titles are as the dictionary writes them ({@code Barack_Obama}, {@code Bone_(comics)}).
 * Stateless.
 */
final class TitleMatch {
    private TitleMatch() {
    }

    /** Not a disambiguation page, nor a list, index or outline. */
    static boolean isEntityArticle(String title) {
        return TitleKind.of(title) != TitleKind.DISAMBIGUATION && !title.startsWith("List_of_")
                && !title.startsWith("Lists_of_") && !title.startsWith("Index_of_") && !title.startsWith("Outline_of_");
    }

    /**
     * An all-capitals title's name for a surface that is not all capitals ("Ilya" → {@code ILYA}), or a title
     * word in capitals that the surface writes in mixed case ("iOS" → {@code Cisco_IOS}).
     */
    static boolean isCaseMismatch(String surface, String title) {
        String base = TitleNames.baseName(title);
        if (TitleNames.isAllCapitals(base) && !TitleNames.isAllCapitals(surface)) {
            return true;
        }
        for (String word : surface.split("[\\s_]+")) {
            boolean mixed = !word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(java.util.Locale.ROOT));
            if (mixed && word.length() > 1) {
                for (String t : base.split("[\\s_]+")) {
                    if (t.length() > 1 && t.equalsIgnoreCase(word) && t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a one-word PERSON name may stand for this article: a person's article of two or more words
     * ending with the name ("Obama" → {@code Barack_Obama}, "Wagner" → {@code Richard_Wagner}), or one whose
     * disambiguator is a person's ("Wale" → {@code Wale_(rapper)}). A one-word name whose article is the word
     * itself ("Christ", "Pope", "Chanel", "Avin") is too often a word, a brand or a nickname.
     */
    static boolean isPersonForOneName(String surface, String title) {
        if (TitleKind.of(title) == TitleKind.PERSON) {
            return true;
        }
        String[] words = TitleNames.baseName(title).split("[\\s_]+");
        String name = surface.strip().replaceAll("(?:'s|\u2019s)$", "");
        return words.length >= 2 && words[words.length - 1].equalsIgnoreCase(name);
    }

    /**
     * Whether the title's name and the surface share a word (case, accents, possessives and stop words aside), or
     * are the same words written apart or together ("Open AI" → {@code OpenAI}).
     */
    static boolean sharesWord(String surface, String title) {
        var titleWords = TitleNames.words(TitleNames.baseName(title));
        var surfaceWords = TitleNames.words(surface);
        return surfaceWords.stream().anyMatch(titleWords::contains)
                || String.join("", surfaceWords).equals(String.join("", titleWords));
    }

    /** Whether an entity of this (coarse) type can be an article of this kind; an unknown kind always can. */
    static boolean isTypeCompatible(String type, TitleKind kind) {
        if (kind == TitleKind.UNKNOWN) {
            return true;
        }
        return switch (type) {
            case "PERSON" -> kind == TitleKind.PERSON;
            case "LOCATION" -> kind == TitleKind.PLACE || kind == TitleKind.ORGANIZATION;
            case "ORGANIZATION" -> kind != TitleKind.PERSON;
            case "PRODUCT" -> kind != TitleKind.PERSON && kind != TitleKind.PLACE;
            default -> true;
        };
    }
}
