package org.threadlens.trends;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that keeps the periods a query's {@code since} and {@code until} select: whole periods
 * only, so that a cell means the same in every query and in the views (a period half inside the range would
 * count half its texts). Times are UTC.
 */
final class PeriodBounds {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    PeriodBounds(Period period, Instant since, Instant until) {
        if (since != null) {
            sql.append(" AND period >= ?");
            params.add(firstDayOf(period, LocalDate.ofInstant(since, ZoneOffset.UTC)).toString());
        }
        if (until != null) {
            LocalDateTime end = LocalDateTime.ofInstant(until, ZoneOffset.UTC);
            // a period starts at midnight of its first day: it starts before `until` if that day is earlier, or
            // the same day when `until` is later than midnight
            sql.append(end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? " AND period < ?" : " AND period <= ?");
            params.add(end.toLocalDate().toString());
        }
    }

    /** The condition, each {@code ?} a date as text (compared as {@code DATE}), or empty. */
    String sql() {
        return sql.toString().replace("?", "CAST(? AS DATE)");
    }

    List<Object> params() {
        return params;
    }

    static LocalDate firstDayOf(Period period, LocalDate day) {
        return switch (period) {
            case DAY, HALF, ALL -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
