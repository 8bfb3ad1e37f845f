package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No class is loaded by a name from input data, and input cannot choose where output goes. Class names
 * planted in every field of every format (and in keys that mean class names elsewhere: Jackson's
 * {@code @class}, CoreNLP's {@code customAnnotatorClass.*}) are read and annotated as plain text; the main
 * sources load classes by name in one place only (the plugin registry, names from plugin.xml, uninitialised),
 * and nothing deserialises Java objects or turns Jackson's polymorphic typing on. Thread ids that are paths
 * ({@code ../}, absolute) leave {@code --out} writing exactly the named file.
 */
class NothingRunsFromInputTest {
    private static final String CLASS = Tripwire.class.getName();

    @TempDir
    Path dir;

    @Test
    void classNamesInEveryFieldOfEveryFormatAreOnlyText() throws Exception {
        System.clearProperty(Tripwire.PROPERTY);
        for (FormatWriter w : FormatWriters.all()) {
            List<Item> items = new ArrayList<>(HostileInputs.goodThread());
            items.set(1, new Item("101", "100", "100", CLASS, CLASS, Item.T0 + 1));
            byte[] content = w.bytes(items);
            if (w.keys() != null) {
                String extra = "\"@class\":\"" + CLASS + "\",\"customAnnotatorClass.x\":\"" + CLASS + "\",\"annotators\":\"x\",";
                content = HostileInputs.replaceFirst(content, "\"" + w.keys().text() + "\":", extra + "\"" + w.keys().text() + "\":");
            }
            Path in = w.place(dir, "classes-" + w.format(), content);
            Outcome o = HostileRead.read(w, in).assertHandled();
            assertEquals(0, o.exit(), w.format() + ": " + o);
            assertTrue(HostileRead.comments(o).containsValue(CLASS), w.format() + ": the name is read as text: " + o);
            if (w == FormatWriters.PUSHSHIFT || w == FormatWriters.THREADLENS_JSONL) {
                List<String> args = new ArrayList<>(List.of("annotate", "--engine", "opennlp", "--no-store", "-q", "--threads", "1",
                        "--out", dir.resolve(w.format() + ".jsonl").toString()));
                args.addAll(w.options());
                args.add(in.toString());
                assertEquals(0, ThreadLensRun.inProcess(args).assertHandled().exit());
            }
        }
        assertNull(System.getProperty(Tripwire.PROPERTY), "a class named by input data was initialised");
    }

    @Test
    void classesAreLoadedByNameOnlyFromPluginXmlAndNoJavaObjectIsDeserialised() throws IOException {
        Pattern risky = Pattern.compile("Class\\.forName|loadClass\\(|ObjectInputStream|activateDefaultTyping|enableDefaultTyping"
                + "|@JsonTypeInfo|ScriptEngine|Runtime\\.getRuntime\\(\\)\\.exec");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (risky.matcher(lines.get(i)).find()) {
                        found.add(f.getFileName() + ":" + lines.get(i).strip());
                    }
                }
            }
        }
        // names from plugin.xml (PluginRegistry), or constants: whether Spark is on the classpath (SparkCommand)
        assertEquals(List.of(
                "PluginRegistry.java:Class<?> annotator = Class.forName(\"edu.stanford.nlp.pipeline.Annotator\", false, "
                        + "PluginRegistry.class.getClassLoader());",
                "PluginRegistry.java:Class<?> c = Class.forName(className, false, PluginRegistry.class.getClassLoader());",
                "SparkCommand.java:Class.forName(\"org.apache.spark.sql.SparkSession\", false, getClass().getClassLoader());"),
                found.stream().sorted().toList());
    }

    @Test
    void threadIdsThatArePathsDoNotMoveTheOutput() throws Exception {
        Path work = Files.createDirectories(dir.resolve("a/b/work"));
        List<Item> items = new ArrayList<>();
        for (String thread : List.of("../../escaped", "/tmp/absolute", "..", "x/../../y")) {
            items.add(new Item(thread + "-post", null, thread, "op", "post of " + thread, Item.T0));
            items.add(new Item(thread + "-c", thread + "-post", thread, "u", "reply in " + thread, Item.T0 + 1));
        }
        FormatWriter w = FormatWriters.MAPPED_JSONL;
        Path in = w.write(dir, "paths", items);
        Path out = work.resolve("out.jsonl");
        Outcome o = ThreadLensRun.inProcess(Stream.concat(Stream.of("read"), Stream.concat(w.options().stream(),
                Stream.of("--out", out.toString(), in.toString()))).toList()).assertHandled();
        assertEquals(0, o.exit(), o.toString());
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of("a", "a/b", "a/b/work", "a/b/work/out.jsonl", "paths.jsonl"),
                    all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList());
        }
        Map<String, String> texts = HostileRead.comments(new Outcome(0, Files.readString(out), "", 0));
        assertTrue(texts.containsKey("../../escaped/../../escaped-c") && texts.containsKey("/tmp/absolute//tmp/absolute-c"),
                "the ids are data, kept as they are: " + texts.keySet());
    }
}
