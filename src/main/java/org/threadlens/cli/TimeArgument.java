package org.threadlens.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Points in time on the command line ({@code --since}, {@code --until}), in UTC. Stateless. */
final class TimeArgument {
    private TimeArgument() {
    }

    /**
     * Epoch seconds of a date ({@code 2024-01-31}: its midnight UTC), a date-time ({@code 2024-01-31T12:00:00Z},
     * {@code 2024-01-31T14:00:00+02:00}, or without zone: UTC) or epoch seconds ({@code 1706659200}).
     *
     * @throws UserException naming the option and the forms accepted
     */
    static long parse(String option, String value) throws UserException {
        String v = value.strip();
        try {
            if (v.matches("-?\\d{1,12}")) {
                return Long.parseLong(v);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(v).toEpochSecond();
            }
            return LocalDateTime.parse(v).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UserException(option + ": expected a date (2024-01-31), a date-time (2024-01-31T12:00:00Z; "
                    + "UTC if no zone) or epoch seconds, found '" + value + "'", ExitCodes.BAD_INPUT);
        }
    }
}
