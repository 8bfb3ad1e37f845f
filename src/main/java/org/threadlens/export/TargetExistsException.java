package org.threadlens.export;

import java.io.IOException;

/** An export target that already exists, and the user did not say {@code --force}. */
public final class TargetExistsException extends IOException {
    public TargetExistsException(String target) {
        super(target + " already exists: use --force to replace it");
    }
}
