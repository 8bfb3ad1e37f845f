package org.threadlens.sentiment.doccat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.threadlens.sentiment.vader.VaderScorer;
import org.threadlens.sentiment.vader.VaderScores;

/**
 * The features the word sentiment model reads from a text: lower-cased tokens (OpenNLP's simple
 * tokenizer), each word after a negation up to the next punctuation prefixed {@code NOT_}; VADER's compound,
 * negative and positive scores in tenths ({@code VC=-6}, {@code VN=3}, {@code VP=0}); and whether the comment
 * has {@code !} or {@code ?}. Bag-of-words and bigram features are added by the categorizer. Used identically
 * in training and in use. Thread-safe.
 */
public final class SentimentFeatures {
    /** Words after which, up to punctuation, words are read as negated. */
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nt", "cannot", "dont", "doesnt", "didnt",
            "isnt", "wasnt", "cant", "wont", "nothing", "nobody", "none", "neither", "nor");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,!?;:]+");
    static final int BINS = 10;

    private final VaderScorer vader;

    public SentimentFeatures(VaderScorer vader) {
        this.vader = vader;
    }

    public static SentimentFeatures standard() {
        return new SentimentFeatures(VaderScorer.standard());
    }

    public String[] of(String text) {
        VaderScores v = vader.score(text);
        List<String> out = new ArrayList<>();
        out.add("VC=" + Math.round(v.compound() * BINS));
        out.add("VN=" + Math.round(v.neg() * BINS));
        out.add("VP=" + Math.round(v.pos() * BINS));
        if (text.indexOf('!') >= 0) {
            out.add("HAS_EXCL");
        }
        if (text.indexOf('?') >= 0) {
            out.add("HAS_Q");
        }
        boolean negated = false;
        for (String token : SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT))) {
            if (CLAUSE_END.matcher(token).matches()) {
                negated = false;
            }
            out.add(negated && WORD.matcher(token).matches() ? "NOT_" + token : token);
            if (NEGATIONS.contains(token)) {
                negated = true;
            }
        }
        return out.toArray(String[]::new);
    }
}
