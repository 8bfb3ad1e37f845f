package org.threadlens.eval;

import java.util.Locale;
import java.util.Map;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.text.MarkupStyle;

/** The configurations an evaluation compares. */
public enum EvalSetup {
    /** Plain CoreNLP: its own default properties, the text as it is, no caseless models: the baseline. */
    PLAIN("plain CoreNLP", MarkupStyle.NONE, false, true),
    /** ThreadLens: social-text preparation, caseless models for caseless text, ThreadLens's properties. */
    THREADLENS("ThreadLens", MarkupStyle.REDDIT_MARKDOWN, true, false),
    /** ThreadLens without the caseless models, to measure what they add. */
    THREADLENS_CASED("ThreadLens, no caseless models", MarkupStyle.REDDIT_MARKDOWN, false, false),
    /** ThreadLens's properties without the preparation, to measure what preparation adds. */
    UNPREPARED("ThreadLens, no preparation", MarkupStyle.NONE, false, false);

    private final String label;
    private final MarkupStyle markup;
    private final boolean caseless;
    private final boolean corenlpDefaults;

    EvalSetup(String label, MarkupStyle markup, boolean caseless, boolean corenlpDefaults) {
        this.label = label;
        this.markup = markup;
        this.caseless = caseless;
        this.corenlpDefaults = corenlpDefaults;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public MarkupStyle markup() {
        return markup;
    }

    /** Whether sentences the engine cannot parse are scored by the fallback (VADER), as in {@code annotate}. */
    public boolean fallback() {
        return !corenlpDefaults;
    }

    public boolean caseless() {
        return caseless;
    }

    /** The engine settings of this setup. */
    public Map<String, String> engineSettings() {
        return Map.of(CoreNlpProvider.CASELESS_SETTING, Boolean.toString(caseless),
                CoreNlpProvider.PROFILE_SETTING, corenlpDefaults ? "accurate" : "fast");
    }

    public static EvalSetup fromWireName(String name) {
        for (EvalSetup s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown setup '" + name + "': known are plain, threadlens, threadlens-cased, unprepared");
    }
}
