package org.threadlens.entity.link;

/**
 * What a first use reports while it downloads the model jar and builds the index (both once per machine): the
 * CLI prints it, tests count it. Every method has an empty default; calls come from the building thread.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {
    };

    /** Bytes of the model jar downloaded so far, and its total size (-1 when the server does not say). */
    default void downloading(long bytesDone, long bytesTotal) {
    }

    /** Compressed bytes of the dictionary read so far, and their total (-1 when unknown). */
    default void building(long bytesDone, long bytesTotal) {
    }

    /** A one-line message a user should see: where the jar was found, why an index is rebuilt, the counts. */
    default void note(String message) {
    }
}
