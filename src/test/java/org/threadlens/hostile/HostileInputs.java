package org.threadlens.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The items and bytes hostile cases are made of: a good thread, and ways to damage it that real dumps and
 * crawls show (cut files, broken lines, retyped fields, odd trees).
 */
public final class HostileInputs {
    private HostileInputs() {
    }

    /** Post 100 with replies 101 (to the post), 102 (to 101), 103 (to the post). */
    public static List<Item> goodThread() {
        return goodThread("100");
    }

    /** The good thread with another post id: {@code p}, replies {@code p+1..p+3}. */
    public static List<Item> goodThread(String postId) {
        long p = Long.parseLong(postId);
        String a = Long.toString(p + 1);
        String b = Long.toString(p + 2);
        String c = Long.toString(p + 3);
        return List.of(Item.post(postId, "Opening post of thread " + postId + "."),
                Item.reply(a, postId, postId, "First reply in " + postId + "."),
                Item.reply(b, a, postId, "A reply to the first reply."),
                Item.reply(c, postId, postId, "Another top comment."));
    }

    /** {@code threads} good threads one after the other (posts 1000, 1010, ...). */
    public static List<Item> manyThreads(int threads) {
        List<Item> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.addAll(goodThread(Long.toString(1000 + 10L * t)));
        }
        return all;
    }

    /** The good thread with reply 102's body replaced. */
    public static List<Item> withBody(String body) {
        List<Item> items = new ArrayList<>(goodThread());
        items.set(2, items.get(2).withText(body));
        return items;
    }

    /** A body of {@code bytes} ASCII bytes: words and sentences, no line break. */
    public static String longBody(int bytes) {
        String sentence = "This comment goes on and on about the same thing again. ";
        StringBuilder b = new StringBuilder(bytes + sentence.length());
        while (b.length() < bytes) {
            b.append(sentence);
        }
        b.setLength(bytes);
        return b.toString();
    }

    /** {@code content} with the bytes of the first occurrence of {@code marker} replaced. */
    public static byte[] replaceFirst(byte[] content, String marker, byte[] replacement) {
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(content, m);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + marker + "' in the content");
        }
        byte[] out = new byte[content.length - m.length + replacement.length];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(replacement, 0, out, at, replacement.length);
        System.arraycopy(content, at + m.length, out, at + replacement.length, content.length - at - m.length);
        return out;
    }

    public static byte[] replaceFirst(byte[] content, String marker, String replacement) {
        return replaceFirst(content, marker, replacement.getBytes(StandardCharsets.UTF_8));
    }

    static int indexOf(byte[] content, byte[] m) {
        outer:
        for (int i = 0; i + m.length <= content.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (content[i + j] != m[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code n} random bytes (seeded: the same every run). */
    public static byte[] binary(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A JSON value nested {@code depth} arrays deep. */
    public static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** The lines of {@code content} (UTF-8), each with its line break. */
    public static List<byte[]> lines(byte[] content) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                out.add(Arrays.copyOfRange(content, start, i + 1));
                start = i + 1;
            }
        }
        if (start < content.length) {
            out.add(Arrays.copyOfRange(content, start, content.length));
        }
        return out;
    }
}
