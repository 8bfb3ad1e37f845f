package org.threadlens.hostile;

/** How a {@link FormatWriter} writes one field of an item, as compact JSON, to find it in the bytes. */
final class FieldValue {
    private FieldValue() {
    }

    static String of(FormatWriter w, Item i, String key) {
        FormatWriter.Keys k = w.keys();
        if (key.equals(k.text())) {
            return FormatWriter.json(i.text());
        }
        if (key.equals(k.time())) {
            return Long.toString(i.time());
        }
        if (key.equals(k.score())) {
            return "1";
        }
        boolean numericId = w == FormatWriters.HACKERNEWS || w == FormatWriters.HACKERNEWS_ALGOLIA;
        return numericId ? i.id() : FormatWriter.json(i.id());
    }
}
