package org.threadlens.trends;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The length of a trend cell: a UTC day, an ISO week (from Monday), a calendar month, a half of the store's time
 * range (split at the start of the day nearest its middle), or all of it. A cell is named by its first day.
 */
public enum Period {
    DAY("day"), WEEK("week"), MONTH("month"), HALF("half"), ALL("all");

    private final String wireName;

    Period(String wireName) {
        this.wireName = wireName;
    }

    /** The name the views' {@code unit} column and {@code --by} use. */
    public String wireName() {
        return wireName;
    }

    /** @throws IllegalArgumentException naming the known periods */
    public static Period parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Period p : values()) {
            if (p.wireName.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown period '" + name + "'; known: "
                + Arrays.stream(values()).map(Period::wireName).collect(Collectors.joining(", ")));
    }

    /** The period that gives a readable chart of a range this long: about 5 to 60 points. */
    public static Period readableFor(Duration range) {
        if (range.compareTo(Duration.ofDays(45)) <= 0) {
            return DAY;
        }
        return range.compareTo(Duration.ofDays(366)) <= 0 ? WEEK : MONTH;
    }
}
