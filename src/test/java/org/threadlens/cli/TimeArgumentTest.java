package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeArgumentTest {
    private static final long JAN_31 = 1_706_659_200L; // 2024-01-31T00:00:00Z

    @Test
    void aDateIsItsMidnightInUtc() throws Exception {
        assertEquals(JAN_31, TimeArgument.parse("--since", "2024-01-31"));
    }

    @Test
    void aDateTimeWithoutZoneIsUtcAndOffsetsAreHonoured() throws Exception {
        assertEquals(JAN_31 + 43_200, TimeArgument.parse("--since", "2024-01-31T12:00:00Z"));
        assertEquals(JAN_31 + 43_200, TimeArgument.parse("--since", "2024-01-31T12:00:00"));
        assertEquals(JAN_31 + 43_200, TimeArgument.parse("--since", "2024-01-31T14:00:00+02:00"));
    }

    @Test
    void epochSecondsAreTakenAsThey() throws Exception {
        assertEquals(JAN_31, TimeArgument.parse("--until", " 1706659200 "));
    }

    @Test
    void anythingElseNamesTheOptionAndTheFormsAccepted() {
        UserException e = assertThrows(UserException.class, () -> TimeArgument.parse("--until", "yesterday"));
        assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("--until: expected a date (2024-01-31)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("found 'yesterday'"), e.getMessage());
        assertThrows(UserException.class, () -> TimeArgument.parse("--since", "2024-02-30"));
    }
}
