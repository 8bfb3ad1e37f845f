package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.json.JsonLimits;

/** Well-formed UTF-8 goes through unchanged; every ill-formed kind is refused, named by line and byte. */
class StrictUtf8Test {
    private static byte[] through(byte[] bytes) throws IOException {
        try (StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void wellFormedTextOfEveryLengthGoesThroughUnchanged() throws IOException {
        byte[] text = "ascii é € 😀 \uD83D\uDE00 U+10FFFF \uDBFF\uDFFF 中文\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, through(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c0af", "c1bf", "e08080", "eda080", "edbfbf", "f0808080", "f4908080", "f5808080", "80",
        "c328", "e282", "f09f98"})
    void illFormedBytesAreRefusedNamingLineAndByte(String hex) {
        byte[] bytes = HexFormat.of().parseHex("61620a63" + hex + "0a");
        CharConversionException e = assertThrows(CharConversionException.class, () -> through(bytes), hex);
        assertTrue(e.getMessage().startsWith("invalid UTF-8 at line 2, byte offset "), e.getMessage());
        assertTrue(e.getMessage().endsWith("expected UTF-8 text"), e.getMessage());
    }

    /** Regression: Jackson's byte parser reads an overlong C0 AF as '/' when nothing checks before it. */
    @Test
    void jacksonSeesNoOverlongForm() throws IOException {
        byte[] json = HexFormat.of().parseHex("7b2261223a2262c0af63227d"); // {"a":"b<C0 AF>c"}
        assertEquals("b/c", JsonLimits.MAPPER.readTree(json).get("a").asText(), "what Jackson alone does");
        IOException e = assertThrows(IOException.class, () -> JsonLimits.MAPPER.readTree(new StrictUtf8(new ByteArrayInputStream(json))));
        assertTrue(e instanceof CharConversionException || e instanceof JsonParseException, e.toString());
        assertTrue(e.getMessage().contains("invalid UTF-8 at line 1, byte offset 7"), e.getMessage());
    }
}
