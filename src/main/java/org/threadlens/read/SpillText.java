package org.threadlens.read;

import java.util.HexFormat;

/**
 * Keeps free text exact through the spill. DuckDB stores UTF-8, and a Java string holding a lone UTF-16
 * surrogate (JSON allows {@code "\ud83d"} alone; dumps have them where an emoji was cut) would come back
 * with {@code ?} in its place. Such a string, and only such a string, is stored as the hex digits of its
 * UTF-16 code units, and a bit in the row says which column was so encoded. The Spark job's rows, whose
 * strings are UTF-8 too, use the same encoding.
 */
public final class SpillText {
    private static final HexFormat HEX = HexFormat.of();

    private SpillText() {
    }

    /** Whether DuckDB keeps {@code s} as it is: it holds no unpaired surrogate. */
    public static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            out.append(HEX.toHexDigits(s.charAt(i)));
        }
        return out.toString();
    }

    public static String decode(String hex) {
        char[] chars = new char[hex.length() / 4];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) HEX.fromHexDigits(hex, i * 4, i * 4 + 4);
        }
        return new String(chars);
    }

    /**
     * Encodes, in place, the values a spill cannot store as they are; returns which were encoded (bit {@code i}
     * for {@code values[i]}), for {@link #decode(String, int, int)}.
     */
    public static int encodeUnstorable(String[] values) {
        int encoded = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !storable(values[i])) {
                values[i] = encode(values[i]);
                encoded |= 1 << i;
            }
        }
        return encoded;
    }

    /** Value {@code bit} as stored by {@link #encodeUnstorable}: decoded if its bit is set in {@code encoded}. */
    public static String decode(String stored, int encoded, int bit) {
        return stored != null && (encoded & (1 << bit)) != 0 ? decode(stored) : stored;
    }
}
