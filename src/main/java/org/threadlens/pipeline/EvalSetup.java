package org.threadlens.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.annotate.corenlp.Profile;
import org.threadlens.text.MarkupStyle;

/** The configurations an evaluation compares. */
public enum EvalSetup {
    /** Plain CoreNLP: its own default properties, the text as it is, no caseless models: the baseline. */
    PLAIN("plain CoreNLP", MarkupStyle.NONE, false, Profile.ACCURATE, true),
    /** ThreadLens: social-text preparation, caseless models for caseless text, the default (fast) profile. */
    THREADLENS("ThreadLens", MarkupStyle.REDDIT_MARKDOWN, true, Profile.FAST, false),
    /** ThreadLens with the balanced profile (CoreNLP's sentence sentiment from the shift-reduce parser). */
    THREADLENS_BALANCED("ThreadLens, balanced profile", MarkupStyle.REDDIT_MARKDOWN, true, Profile.BALANCED, false),
    /** ThreadLens with the accurate profile (CoreNLP's defaults, with ThreadLens's preparation and scorers). */
    THREADLENS_ACCURATE("ThreadLens, accurate profile", MarkupStyle.REDDIT_MARKDOWN, true, Profile.ACCURATE, false),
    /** ThreadLens without the caseless models, to measure what they add. */
    THREADLENS_CASED("ThreadLens, no caseless models", MarkupStyle.REDDIT_MARKDOWN, false, Profile.FAST, false),
    /** ThreadLens's properties without the preparation, to measure what preparation adds. */
    UNPREPARED("ThreadLens, no preparation", MarkupStyle.NONE, false, Profile.FAST, false);

    private final String label;
    private final MarkupStyle markup;
    private final boolean caseless;
    private final Profile profile;
    private final boolean coreNlpOnly;

    EvalSetup(String label, MarkupStyle markup, boolean caseless, Profile profile, boolean coreNlpOnly) {
        this.label = label;
        this.markup = markup;
        this.caseless = caseless;
        this.profile = profile;
        this.coreNlpOnly = coreNlpOnly;
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

    /**
     * Whether ThreadLens's sentence and comment scorers run, as in {@code annotate} (else only CoreNLP's own
     * sentence sentiment: the plain baseline).
     */
    public boolean threadLensScorers() {
        return !coreNlpOnly;
    }

    public boolean caseless() {
        return caseless;
    }

    /** The engine settings of this setup. */
    public Map<String, String> engineSettings() {
        return Map.of(CoreNlpProvider.CASELESS_SETTING, Boolean.toString(caseless),
                CoreNlpProvider.PROFILE_SETTING, profile.wireName());
    }

    public static EvalSetup fromWireName(String name) {
        for (EvalSetup s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown setup '" + name + "': known are "
                + Arrays.stream(values()).map(EvalSetup::wireName).collect(Collectors.joining(", ")));
    }
}
