package org.threadlens.cli;

import java.nio.file.NoSuchFileException;
import java.util.List;
import org.threadlens.read.InputFile;

/** Checks named inputs before any work starts, so that a typo costs nothing. */
final class Inputs {
    private Inputs() {
    }

    /** Throws a {@link UserException} (exit 2) naming the first input that is not a readable file. */
    static void requireFiles(List<String> names) throws UserException {
        for (String name : names) {
            try {
                InputFile.of(name);
            } catch (NoSuchFileException e) {
                throw new UserException(name + ": " + e.getReason(), ExitCodes.BAD_INPUT);
            }
        }
    }
}
