package org.threadlens.read.hackernews;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.hackernews.FirebaseItem.Shape;
import org.threadlens.read.hackernews.ItemFields.BadItemException;

/**
 * Reads the items of every input into memory, by id, in input order: a thread's items may be spread over
 * several inputs in any order, so no thread can be built before all are read (the bound is in the package
 * documentation). An input that cannot be read, or breaks off, is reported and the others are read; what it
 * gave before is kept. Not thread-safe; one use.
 */
final class FirebaseItemCollector {
    /** What an input must hold, for messages. */
    static final String EXPECTED = "Hacker News items (" + ItemType.EXPECTED + ")";

    private final List<InputFile> inputs;
    private final ReadProblems problems;
    private final int maxLineBytes;
    private final Map<Long, FirebaseItem> items = new LinkedHashMap<>();
    private int seq;

    FirebaseItemCollector(List<InputFile> inputs, ReadContext context) {
        this.inputs = List.copyOf(inputs);
        this.problems = context.problems();
        this.maxLineBytes = context.options().maxLineBytes();
    }

    /**
     * The items of all inputs by id, in the order read.
     *
     * @throws InputFormatException in strict mode, at the first problem
     */
    Map<Long, FirebaseItem> collect() throws InputFormatException {
        for (int i = 0; i < inputs.size(); i++) {
            try {
                read(i);
            } catch (InputFormatException e) {
                problems.inputFailed(e);
            } catch (IOException e) {
                problems.inputFailed(InputFormatException.brokenOff(inputs.get(i).name(), 0, e));
            }
        }
        return items;
    }

    private void read(int inputIndex) throws IOException, InputFormatException {
        InputFile input = inputs.get(inputIndex);
        try (JsonObjects objects = JsonObjects.open(input, problems, maxLineBytes, EXPECTED)) {
            boolean first = true;
            for (JsonObjects.Entry e = objects.next(); e != null; e = objects.next()) {
                accept(inputIndex, objects.layout(), e, first);
                first = false;
            }
        }
    }

    /**
     * Keeps an item, or reports why not. The first object of an input decides whether it holds items at all:
     * a file of one user, or a file whose first object is nothing like an item, is not read.
     */
    private void accept(int inputIndex, JsonObjects.Layout layout, JsonObjects.Entry e, boolean first)
            throws InputFormatException {
        String file = inputs.get(inputIndex).name();
        Shape shape = FirebaseItem.shapeOf(e.node());
        if (shape != Shape.ITEM) {
            String found = shape == Shape.USER ? "a user (" + e.node().path("id").asText() + ")"
                    : "an object with fields " + ItemFields.fieldNames(e.node());
            if (first && (layout == JsonObjects.Layout.DOCUMENT || shape == Shape.OTHER)) {
                throw new InputFormatException(file, e.line(), "expected " + EXPECTED + ", found " + found);
            }
            skip(file, layout, e, "expected a Hacker News item, found " + found);
            return;
        }
        FirebaseItem item;
        try {
            item = FirebaseItem.parse(e.node(), inputIndex, e.line(), seq);
        } catch (BadItemException x) {
            skip(file, layout, e, x.getMessage());
            return;
        }
        if (item.type() == ItemType.POLLOPT) {
            skip(file, layout, e, "item " + item.id() + " is a poll option (of poll " + item.parent()
                    + "), not a comment: poll options are not read");
            return;
        }
        FirebaseItem earlier = items.putIfAbsent(item.id(), item);
        if (earlier != null) {
            skip(file, layout, e, "item " + item.id() + " again: the one read first (" + inputs.get(earlier.input()).name()
                    + ":" + earlier.line() + ") is kept");
            return;
        }
        seq++;
    }

    private void skip(String file, JsonObjects.Layout layout, JsonObjects.Entry e, String message)
            throws InputFormatException {
        String where = layout == JsonObjects.Layout.ARRAY ? "array element " + e.index() + ": " : "";
        problems.skipped(new ReadProblem(file, e.line(), where + message));
    }
}
