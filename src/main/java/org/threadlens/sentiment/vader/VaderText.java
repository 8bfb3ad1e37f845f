package org.threadlens.sentiment.vader;

import java.util.ArrayList;
import java.util.List;

/**
 * A text prepared as VADER's reference prepares it: emoji replaced by their descriptions, split on
 * whitespace, each token stripped of surrounding ASCII punctuation unless that leaves two code points or
 * fewer (so {@code :)} and {@code :D} stay emoticons, and {@code "ok,"} stays {@code "ok,"}). Tokens are not
 * filtered by length: version 3.3.2 keeps one-letter words such as "a" and "I".
 *
 * @param text the text after emoji replacement; its ! and ? are counted for emphasis
 * @param tokens the tokens as written, for the capitals tests
 * @param lower the tokens lower-cased, for every lookup
 * @param capsDifferential whether some, but not all, tokens are written in capitals
 */
record VaderText(String text, List<String> tokens, List<String> lower, boolean capsDifferential) {

    static VaderText of(String raw, VaderLexicon lexicon) {
        // The reference also strips the replaced text; whitespace changes neither the tokens nor the counts.
        String text = replaceEmoji(raw, lexicon);
        List<String> tokens = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        int capitals = 0;
        for (String word : PythonStrings.split(text)) {
            String stripped = PythonStrings.stripPunctuation(word);
            String token = PythonStrings.length(stripped) <= 2 ? word : stripped;
            tokens.add(token);
            lower.add(PythonStrings.lower(token));
            capitals += PythonStrings.isUpper(token) ? 1 : 0;
        }
        int notCapitals = tokens.size() - capitals;
        return new VaderText(text, List.copyOf(tokens), List.copyOf(lower),
                notCapitals > 0 && notCapitals < tokens.size());
    }

    /**
     * Replaces every code point that has a description by the description, preceded by a space unless it
     * starts the text or follows a space. As in the reference, nothing is inserted after a description, so
     * a letter right after an emoji joins its last word ("😁ok" becomes "… smiling eyesok").
     */
    static String replaceEmoji(String raw, VaderLexicon lexicon) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        boolean previousSpace = true;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            String description = lexicon.emojiDescription(cp);
            if (description != null) {
                if (!previousSpace) {
                    out.append(' ');
                }
                out.append(description);
                previousSpace = false;
            } else {
                out.appendCodePoint(cp);
                previousSpace = cp == ' ';
            }
        }
        return out.toString();
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return lower.get(i);
    }
}
