package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.threadlens.json.JsonLimits;

/** Messages keep what went wrong and where, and lose Jackson's source descriptions (and the input they quote). */
class JsonErrorsTest {
    @Test
    void theStartMarkerSourceBecomesALineAndColumn() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonLimits.MAPPER.readTree("{\"secret body text\": [1, 2"));
        assertEquals("Unexpected end-of-input: expected close marker for Array (opened at line 1, column 22)",
                JsonErrors.describe(e));
    }

    @Test
    void messagesWithoutASourceAreUnchanged() {
        assertEquals("Unexpected end-of-input in field name", JsonErrors.clean("Unexpected end-of-input in field name"));
        assertEquals(null, JsonErrors.clean(null));
    }
}
