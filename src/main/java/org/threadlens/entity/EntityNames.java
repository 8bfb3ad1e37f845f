package org.threadlens.entity;

import java.util.Locale;
import org.threadlens.annotate.EntityTypes;
import org.threadlens.annotate.MarkupLayers;

/** How names are compared within a thread, and which entity types are names. Stateless. */
final class EntityNames {
    static final String PERSON = "PERSON";

    private EntityNames() {
    }

    /** Whether a type names a thing a thread talks about: not a number or time, a platform mention, a URL or email. */
    static boolean isNamed(String type) {
        return !EntityTypes.isNumeric(type) && !isPlatform(type) && !type.equals("URL") && !type.equals("EMAIL");
    }

    static boolean isPlatform(String type) {
        return MarkupLayers.USER.equals(type) || MarkupLayers.COMMUNITY.equals(type);
    }

    /**
     * The comparison key of a surface form: lower case, without a trailing possessive, surrounding
     * punctuation, inner spaces or hyphens ("Open AI" = "OpenAI", "Ken Bone's" = "ken bone" compacted).
     */
    static String key(String surface) {
        return String.join("", words(surface));
    }

    /** The lower-case words of a surface form, possessive and surrounding punctuation removed. */
    static String[] words(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).strip().replaceAll("(?:'s|\u2019s|'|\u2019)$", "");
        s = s.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").replace('-', ' ').strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** Whether a surface form has a capital letter (a name as written, not a lower-cased one). */
    static boolean hasCapital(String surface) {
        return surface.codePoints().anyMatch(Character::isUpperCase);
    }
}
