package org.threadlens.annotate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What to do with texts a {@link LanguageDetector} finds are not English: always flag them (their
 * annotations carry the language), and with {@link Action#SKIP} also leave them unannotated, so that an
 * English engine does not spend time on text it cannot read.
 */
public record LanguageCheck(LanguageDetector detector, Action action) {
    public LanguageCheck {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(action, "action");
    }

    /** The action for non-English text. */
    public enum Action {
        /** Flag the text's language and do not annotate it. */
        SKIP,
        /** Flag the text's language and annotate it anyway. */
        FLAG;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The setting as written in provenance: {@code skip (detector...)}. */
    public String describe() {
        return action.wireName() + " (" + detector.describe() + ")";
    }

    /** Whether a detected language is not English, i.e. whether the text gets flagged. */
    public static boolean isForeign(String language) {
        return language != null && !LanguageDetector.ENGLISH.equals(language);
    }

    /** The known values of {@code --non-english}: {@code skip}, {@code flag}, {@code off}. */
    public static String knownModes() {
        return Arrays.stream(Action.values()).map(Action::wireName).collect(Collectors.joining(", ")) + ", off";
    }
}
