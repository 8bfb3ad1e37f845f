package org.threadlens.read;

import java.io.CharConversionException;
import java.io.InputStream;

/**
 * Checks that the bytes going by are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF, no character cut by the end), for readers that hand bytes straight to Jackson:
 * Jackson's byte parser decodes an overlong {@code C0 AF} as {@code /} and {@code ED A0 80} as a lone
 * surrogate without a word, where the line readers ({@link Utf8Lines}) refuse both. A bad byte throws a
 * {@link CharConversionException} naming its line and byte offset (0-based, in the decompressed content). A few operations per byte; not thread-safe;
 * mark and reset are not supported.
 */
final class StrictUtf8 extends WatchedInputStream {
    /** Continuation bytes still expected for the current character. */
    private int need;
    /** The range the next continuation byte must be in (narrower than 80..BF after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;
    private long line = 1;

    StrictUtf8(InputStream in) {
        super(in);
    }

    @Override
    void seen(byte[] b, int off, int n) throws CharConversionException {
        for (int i = off; i < off + n; i++) {
            check(b[i] & 0xFF);
        }
    }

    @Override
    void atEnd() throws CharConversionException {
        if (need > 0) {
            throw invalid("a character cut by the end of the input");
        }
    }

    private void check(int b) throws CharConversionException {
        if (need > 0) {
            if (b < low || b > high) {
                throw invalid(String.format("byte %02X inside a character", b));
            }
            need--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            lead(b);
        } else if (b == '\n') {
            line++;
        }
        offset++;
    }

    private void lead(int b) throws CharConversionException {
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;    // E0 80..9F would be overlong
            high = b == 0xED ? 0x9F : 0xBF;   // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;    // F0 80..8F would be overlong
            high = b == 0xF4 ? 0x8F : 0xBF;   // F4 90.. would be above U+10FFFF
        } else {
            throw invalid(String.format("byte %02X cannot start a character", b));
        }
    }

    private CharConversionException invalid(String what) {
        return new CharConversionException("invalid UTF-8 at line " + line + ", byte offset " + offset + " (" + what
                + "): expected UTF-8 text");
    }
}
