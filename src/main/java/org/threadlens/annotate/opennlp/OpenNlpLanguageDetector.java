package org.threadlens.annotate.opennlp;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.threadlens.annotate.LanguageDetector;

/**
 * OpenNLP's language detector ({@code langdetect-183.bin}: 103 languages, ISO 639-3 codes) with the
 * thresholds that make it safe on short social text.
 *
 * <p>The model spreads its probability over all 103 languages, so its top probability is small even for
 * clear text (0.06 for a plain English sentence), and close languages come second (Asturian after Spanish,
 * Low German after German); what tells is how much more probable the top language is than English.
 * Rule: a text with fewer than {@value #MIN_LETTERS} letters is not judged (one-liners such as "lol" or "ok
 * thanks" come out as Minangkabau or Min Nan); otherwise, if English is the top language the answer is
 * English; if another language is, it is the answer when its probability is at least {@value #MIN_RATIO}
 * times English's, and nothing is answered otherwise. Measured on the 5,426 English Reddit comments of
 * GoEmotions' dev set: none with 20 letters or more is answered non-English (51 would be at ratio 1); eleven
 * German, Spanish, French, Italian, Portuguese, Dutch, Polish and Russian comments written for the tests are
 * 2.4 to 14 times more probable in their language than in English.
 *
 * <p>Text that is plainly English by its function words ({@link EnglishFunctionWords}) is answered English
 * without the model.
 *
 * <p>Thread-safe: the model is shared; each call uses a detector of its own (they cost nothing to create).
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    /** Texts with fewer letters are not judged. */
    public static final int MIN_LETTERS = 20;
    /** How many times more probable than the runner-up the top language must be. */
    public static final double MIN_RATIO = 2.0;

    private final Supplier<LanguageDetectorModel> model;

    public OpenNlpLanguageDetector(LanguageDetectorModel model) {
        this.model = () -> model;
    }

    private OpenNlpLanguageDetector(Supplier<LanguageDetectorModel> model) {
        this.model = model;
    }

    /** The detector over the model from {@code opennlp-models-langdetect}, loaded on first use (0.4 s). */
    public static OpenNlpLanguageDetector standard() {
        return new OpenNlpLanguageDetector(OpenNlpModels::languages);
    }

    @Override
    public Optional<String> detect(String plainText) {
        if (plainText.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        return EnglishFunctionWords.plainlyEnglish(plainText) ? Optional.of(ENGLISH) : byModel(plainText);
    }

    /** The model's answer with the thresholds, for a text of at least {@value #MIN_LETTERS} letters. */
    Optional<String> byModel(String plainText) {
        Language[] ranked = new LanguageDetectorME(model.get()).predictLanguages(plainText);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language top = ranked[0];
        if (ENGLISH.equals(top.getLang())) {
            return Optional.of(ENGLISH);
        }
        double english = 0;
        for (Language l : ranked) {
            if (ENGLISH.equals(l.getLang())) {
                english = l.getConfidence();
            }
        }
        return top.getConfidence() >= MIN_RATIO * english ? Optional.of(top.getLang()) : Optional.empty();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "opennlp %s, at least %d letters, English by function words "
                        + "(%d or more, %d%% of words), else top language %.1f times as probable as English",
                OpenNlpModels.LANGUAGES, MIN_LETTERS, EnglishFunctionWords.MIN_HITS,
                EnglishFunctionWords.MIN_SHARE_PERCENT, MIN_RATIO);
    }
}
