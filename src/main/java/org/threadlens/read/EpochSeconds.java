package org.threadlens.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Creation times as flat sources give them, turned into epoch seconds (fractions truncated):
 * a number of epoch seconds (integer or decimal, also as a string), or an ISO-8601 date-time with an
 * offset or zone ({@code 2024-01-05T10:00:00Z}, {@code 2024-01-05T10:00:00+02:00}), without one (read as
 * UTC), with a space instead of the {@code T}, or a date alone (midnight UTC). Numbers must lie in
 * [0, {@link #MAX}): larger ones are milliseconds or garbage, and are refused rather than guessed at.
 */
public final class EpochSeconds {
    /** 10^11 seconds is the year 5138; a value beyond it is most likely milliseconds. */
    public static final long MAX = 100_000_000_000L;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d*)?([eE][+-]?\\d+)?");
    private static final Pattern SPACE_SEPARATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:.*)");

    private EpochSeconds() {
    }

    /**
     * Epoch seconds from a JSON value: null, missing or JSON null give null.
     *
     * @throws IllegalArgumentException saying what was expected, for any other value that is not a time
     */
    public static Long of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return fromNumber(value.decimalValue(), value.asText());
        }
        if (value.isTextual()) {
            return parse(value.textValue());
        }
        throw new IllegalArgumentException("expected epoch seconds or an ISO-8601 date-time, found a JSON "
                + value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Epoch seconds from text: null or blank gives null.
     *
     * @throws IllegalArgumentException saying what was expected, for text that is not a time
     */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            return fromNumber(new BigDecimal(s), s);
        }
        var m = SPACE_SEPARATED.matcher(s);
        if (m.matches()) {
            s = m.group(1) + "T" + m.group(2);
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, ZonedDateTime::from, LocalDateTime::from);
            Instant instant = t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
            return instant.getEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("expected epoch seconds or an ISO-8601 date-time, found '"
                        + FlatComment.abbreviate(text) + "'");
            }
        }
    }

    private static Long fromNumber(BigDecimal value, String shown) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX)) >= 0) {
            throw new IllegalArgumentException("expected epoch seconds between 0 and " + MAX + ", found " + shown
                    + (value.compareTo(BigDecimal.valueOf(MAX)) >= 0 ? " (milliseconds?)" : ""));
        }
        return value.longValue();
    }
}
