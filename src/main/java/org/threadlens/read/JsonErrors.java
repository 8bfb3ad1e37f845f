package org.threadlens.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's error messages made fit for users: Jackson embeds the source of a location in some messages
 * ({@code (start marker at [Source: (org.threadlens.read.InputFile$Counting); line: 1, column: 47])}, with up
 * to 500 characters of the input when the source is a string). That becomes {@code (opened at line 1,
 * column 47)}; the file and line of the problem itself are the caller's to add. Stateless.
 */
public final class JsonErrors {
    private static final Pattern SOURCE = Pattern.compile(
            "\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);
    private static final Pattern BARE_SOURCE = Pattern.compile("\\s*at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]",
            Pattern.DOTALL);

    private JsonErrors() {
    }

    /** Jackson's message without the source or a location of the problem itself. */
    public static String describe(JsonProcessingException e) {
        return clean(e.getOriginalMessage());
    }

    /** {@code message} with every Jackson source location shortened to its line and column. */
    public static String clean(String message) {
        if (message == null || !message.contains("[Source: ")) {
            return message;
        }
        String s = SOURCE.matcher(message).replaceAll("(opened at line $1, column $2)");
        return BARE_SOURCE.matcher(s).replaceAll(Matcher.quoteReplacement(""));
    }
}
