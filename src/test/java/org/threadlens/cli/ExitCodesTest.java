package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** What a user reads when a command fails, and its status. */
class ExitCodesTest {
    @Test
    void anIoFailureInsideTheRunIsAnIoErrorNotAnInternalOne() {
        UncheckedIOException e = new UncheckedIOException("the Wikipedia link dictionary could not be opened or built in /x",
                new IOException("/x"));
        assertEquals("I/O error: the Wikipedia link dictionary could not be opened or built in /x", ExitCodes.message(e));
        assertEquals(ExitCodes.FAILED, ExitCodes.of(e));
    }

    @Test
    void anythingElseAsksForAReport() {
        assertEquals("internal error: java.lang.IllegalStateException: x (run again with --debug for the stack trace, and report it)",
                ExitCodes.message(new IllegalStateException("x")));
    }
}
