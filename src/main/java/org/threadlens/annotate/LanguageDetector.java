package org.threadlens.annotate;

import java.util.Optional;

/**
 * Tells which language a text is written in, where it can tell. Implementations are thread-safe.
 */
public interface LanguageDetector {
    /** ISO 639-3 code of English, the language ThreadLens's engines are built for. */
    String ENGLISH = "eng";

    /**
     * The text's language as an ISO 639-3 code ({@code eng}, {@code deu}), or empty when the text is too short
     * to tell or the detector is not sure enough.
     */
    Optional<String> detect(String plainText);

    /** The detector and its thresholds, for provenance. */
    String describe();
}
