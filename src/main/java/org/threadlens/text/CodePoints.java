package org.threadlens.text;

/** Code-point arithmetic on Java strings (whose indices are UTF-16 chars). */
public final class CodePoints {
    private CodePoints() {
    }

    /** The substring between two code-point offsets: Python's {@code text[begin:end]}. */
    public static String slice(String text, int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        return text.substring(b, e);
    }

    /** The number of code points in the text. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * For each char index {@code i} in {@code 0..text.length()}, the code-point offset at which it lies;
     * a low surrogate maps to the code point of its pair.
     */
    public static int[] charToCodePoint(String text) {
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            } else {
                map[++i] = cp++;
            }
        }
        map[text.length()] = cp;
        return map;
    }
}
