package org.threadlens.cli.logs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A log message split into what stays the same from one line to the next (its kind) and what varies (its
 * detail): {@code Untokenizable: ‽ (U+203D, decimal: 8253)} is kind {@code Untokenizable}, detail
 * {@code ‽ (U+203D, decimal: 8253)}. The rule, for any library's message: of its first line, the text before
 * the first {@code ": "} (if within {@value #MAX_PREFIX} characters) is the kind and the rest the detail;
 * without such a prefix, the line is the kind with its numbers and double-quoted parts replaced
 * ({@code <n>}, {@code "…"}), and the line itself the detail. Numbers are replaced in a prefix too, so that
 * {@code line 12: ...} and {@code line 13: ...} are one kind.
 *
 * @param kind   never empty
 * @param detail the varying part; empty if none
 */
public record MessageKind(String kind, String detail) {
    static final int MAX_PREFIX = 60;
    static final int MAX_KIND = 100;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    public MessageKind {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (kind.isEmpty()) {
            throw new IllegalArgumentException("a message kind is never empty");
        }
    }

    public static MessageKind of(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return new MessageKind("(empty)", "");
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && colon <= MAX_PREFIX) {
            return new MessageKind(normalize(line.substring(0, colon)), line.substring(colon + 2).strip());
        }
        String kind = normalize(line);
        return new MessageKind(kind, kind.equals(line) ? "" : line);
    }

    private static String normalize(String text) {
        String kind = NUMBER.matcher(QUOTED.matcher(text).replaceAll("\"…\"")).replaceAll("<n>");
        return kind.length() <= MAX_KIND ? kind : kind.substring(0, MAX_KIND - 1) + "…";
    }
}
