package org.threadlens;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes many small threads in the {@code reddit-text} format, for runs that must take a while (resume,
 * locking). Thread {@code i} has id {@code g<i>} in r/generated and {@code 1 + i % maxComments} comments;
 * the texts mix the fake engine's cues (a name, "great", "waste") so every layer has something to find.
 * The same arguments always give the same bytes.
 */
public final class GeneratedThreads {
    private static final String[] SENTENCES = {
        "Alice thinks this is great.", "What a waste of time, honestly.", "Bob replied to the thread yesterday.",
        "I read the whole article twice.", "The new release fixed my problem!", "Does anyone have numbers on this?",
    };

    private GeneratedThreads() {
    }

    /** {@code GeneratedThreads FILE THREADS MAX_COMMENTS}, for trying runs by hand. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    public static Path write(Path file, int threads, int maxComments) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < threads; i++) {
                int comments = 1 + i % maxComments;
                long created = 1_700_000_000L + i * 3_600L;
                w.write("Post Title: Generated thread " + i + " about " + SENTENCES[i % SENTENCES.length] + "\n");
                w.write("Author: poster" + i % 17 + "\nScore: " + (i % 50) + "\n");
                w.write("URL: https://www.reddit.com/r/generated/comments/g" + i + "/generated_thread/\n");
                w.write("Number of comments: " + comments + "\nCreated UTC: " + created + ".0\n\n");
                w.write("Post Content:\n" + body(i, 0) + "\n\n\nTop " + comments + " comments:\n\n");
                for (int c = 1; c <= comments; c++) {
                    w.write("Comment " + c + ":\nAuthor: user" + (i * 7 + c) % 23 + "\nScore: " + (c * 3 % 11)
                            + "\nCreated UTC: " + (created + c * 60L) + ".0\nComment: " + body(i, c) + "\n\n");
                }
            }
        }
        return file;
    }

    private static String body(int thread, int comment) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 1 + (thread + comment) % 3; s++) {
            b.append(s == 0 ? "" : " ").append(SENTENCES[(thread * 5 + comment * 3 + s) % SENTENCES.length]);
        }
        return b.toString();
    }
}
