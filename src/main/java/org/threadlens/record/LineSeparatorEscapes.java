package org.threadlens.record;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON's own escapes, plus U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR written as JSON escapes
 * (backslash, {@code u}, four hex digits). Both are legal unescaped in JSON, but line-oriented readers of JSONL that split on every Unicode
 * line break (Python's {@code str.splitlines}, JavaScript before ES2019) would cut a record there; comments
 * pasted from web pages carry them. Stateless and thread-safe.
 */
final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();
    private static final SerializableString LS = new SerializedString("\\u2028");
    private static final SerializableString PS = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case 0x2028 -> LS;
            case 0x2029 -> PS;
            default -> null;
        };
    }
}
