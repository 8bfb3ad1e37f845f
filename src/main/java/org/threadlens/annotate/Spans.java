package org.threadlens.annotate;

/** Checks shared by the span records. */
final class Spans {
    private Spans() {
    }

    static void require(int begin, int end, String what) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(what + " span [" + begin + ", " + end + ") is invalid");
        }
    }
}
