package org.threadlens.read.convokit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;

/**
 * The files of one ConvoKit corpus and its corpus-level facts. A corpus is a directory; an
 * {@code utterances.jsonl} file given directly stands for the directory it is in.
 *
 * @param name          the corpus directory as the user named it (or the file's directory)
 * @param utterances    the utterances file
 * @param conversations nullable: {@code conversations.json}
 * @param corpusJson    nullable: {@code corpus.json}
 */
record ConvoKitCorpus(String name, InputFile utterances, InputFile conversations, InputFile corpusJson) {
    static final String UTTERANCES = "utterances.jsonl";
    static final String CONVERSATIONS = "conversations.json";
    static final String CORPUS = "corpus.json";
    /** corpus.json holds a few counts and names; a larger one is not ConvoKit's and is not read. */
    static final long MAX_CORPUS_JSON_BYTES = 16L * 1024 * 1024;

    /**
     * What corpus.json says about every conversation.
     *
     * @param platform  nullable: its {@code platform}, if a string
     * @param community nullable: its {@code subreddit} (a string, or a list of exactly one)
     * @param reddit    whether it names a {@code subreddit} at all (ConvoKit's Reddit corpora do)
     */
    record Facts(String platform, String community, boolean reddit) {
        static final Facts NONE = new Facts(null, null, false);

        /** The platform of a conversation that names none: corpus.json's, else reddit or convokit. */
        String defaultPlatform() {
            return platform != null ? platform : reddit ? "reddit" : ConvoKitReader.NAME;
        }
    }

    /**
     * The corpus an input stands for.
     *
     * @throws InputFormatException naming the directory if it holds no utterances.jsonl
     */
    static ConvoKitCorpus locate(InputFile input) throws IOException, InputFormatException {
        if (!input.isDirectory()) {
            Path parent = input.path().getParent();
            InputFile dir = InputFile.of(parent == null ? "." : parent.toString());
            return new ConvoKitCorpus(dir.name(), input, optional(dir, CONVERSATIONS), optional(dir, CORPUS));
        }
        if (!Files.isRegularFile(input.path().resolve(UTTERANCES))) {
            throw new InputFormatException(input.name(), 0, "expected a ConvoKit corpus directory holding " + UTTERANCES
                    + ", found " + describe(input.path()));
        }
        return new ConvoKitCorpus(input.name(), input.resolve(UTTERANCES), optional(input, CONVERSATIONS),
                optional(input, CORPUS));
    }

    /** corpus.json's facts; an unreadable corpus.json is reported and read as saying nothing. */
    Facts facts(ReadProblems problems) throws IOException, InputFormatException {
        if (corpusJson == null) {
            return Facts.NONE;
        }
        if (corpusJson.size() > MAX_CORPUS_JSON_BYTES) {
            problems.skipped(new ReadProblem(corpusJson.name(), 0, "expected corpus metadata of at most "
                    + MAX_CORPUS_JSON_BYTES + " bytes, found " + corpusJson.size() + ": not read"));
            return Facts.NONE;
        }
        JsonNode root;
        try (InputStream in = corpusJson.openUtf8()) {
            root = JsonLimits.MAPPER.readTree(in);
        } catch (IOException e) {
            problems.skipped(new ReadProblem(corpusJson.name(), 0, "expected a JSON object: " + e.getMessage()
                    + "; corpus metadata not read"));
            return Facts.NONE;
        }
        if (root == null || !root.isObject()) {
            problems.skipped(new ReadProblem(corpusJson.name(), 0, "expected a JSON object; corpus metadata not read"));
            return Facts.NONE;
        }
        JsonNode subreddit = root.get("subreddit");
        JsonNode single = subreddit != null && subreddit.isArray() && subreddit.size() == 1 ? subreddit.get(0) : subreddit;
        String community = single != null && single.isTextual() ? single.textValue() : null;
        return new Facts(Meta.string(root, "platform"), community, subreddit != null && !subreddit.isNull());
    }

    private static InputFile optional(InputFile dir, String child) throws IOException {
        return Files.isRegularFile(dir.path().resolve(child)) ? dir.resolve(child) : null;
    }

    private static String describe(Path dir) throws IOException {
        List<String> names;
        try (Stream<Path> entries = Files.list(dir)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (names.isEmpty()) {
            return "an empty directory";
        }
        String listed = names.stream().limit(10).collect(Collectors.joining(", "))
                + (names.size() > 10 ? ", ... (" + names.size() + " entries)" : "");
        String hint = names.contains("utterances.json")
                ? " (utterances.json is the ConvoKit 1.x layout, not read: "
                        + "save the corpus again with ConvoKit 2's Corpus.dump)"
                : "";
        return "only " + listed + hint;
    }
}
