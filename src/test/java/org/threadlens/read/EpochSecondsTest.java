package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.threadlens.json.JsonLimits;

class EpochSecondsTest {
    private static JsonNode json(String text) throws Exception {
        return JsonLimits.MAPPER.readTree(text);
    }

    private static void assertRefused(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EpochSeconds.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void numbersAreEpochSecondsWithFractionsTruncated() throws Exception {
        assertEquals(1700000000L, EpochSeconds.of(json("1700000000")));
        assertEquals(1700000000L, EpochSeconds.of(json("1700000000.99")));
        assertEquals(1500000000L, EpochSeconds.of(json("1.5e9")));
        assertEquals(1700000000L, EpochSeconds.parse(" 1700000000.5 "));
    }

    @Test
    void isoDateTimesWithOffsetZoneOrNoneAreRead() {
        assertEquals(1709280000L, EpochSeconds.parse("2024-03-01T08:00:00Z"));
        assertEquals(1709280000L, EpochSeconds.parse("2024-03-01T09:00:00+01:00"));
        assertEquals(1709280000L, EpochSeconds.parse("2024-03-01T08:00:00.999"), "no offset: UTC");
        assertEquals(1709280000L, EpochSeconds.parse("2024-03-01 08:00:00"), "a space for the T");
        assertEquals(1709280000L, EpochSeconds.parse("2024-03-01T09:00:00+01:00[Europe/Paris]"));
        assertEquals(1709251200L, EpochSeconds.parse("2024-03-01"), "a date alone: midnight UTC");
    }

    @Test
    void absentValuesAreNoTime() throws Exception {
        assertNull(EpochSeconds.of(null));
        assertNull(EpochSeconds.of(json("null")));
        assertNull(EpochSeconds.parse(""));
        assertNull(EpochSeconds.parse("  "));
    }

    @Test
    void millisecondsNegativesAndWordsAreRefusedNotGuessed() throws Exception {
        assertRefused("1709280000000", "between 0 and 100000000000, found 1709280000000 (milliseconds?)");
        assertRefused("-5", "between 0 and 100000000000, found -5");
        assertRefused("yesterday", "expected epoch seconds or an ISO-8601 date-time, found 'yesterday'");
        assertRefused("01/03/2024", "found '01/03/2024'");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EpochSeconds.of(json("[1]")));
        assertTrue(e.getMessage().endsWith("found a JSON array"), e.getMessage());
    }
}
