package org.threadlens.cli.logs;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;

/**
 * A JVM that logs as a run does, for {@link LibraryLogRoutingTest}: CoreNLP's tokenizer meets an untokenizable
 * character in each of two texts (PTBLexer warns through Redwood, which hands its lines to SLF4J).
 * {@code LogRoutingChild gated|plain gather|print}: with {@code gated}, the provider the command line selects;
 * with {@code gather}, the lines gathered as {@code annotate} gathers them.
 */
public final class LogRoutingChild {
    private LogRoutingChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("gated")) {
            LogGate.selectProvider();
        }
        GatheredLogs logs = args[1].equals("gather") ? GatheredLogs.start(System.err::println, false, null) : null;
        for (String text : new String[] {"What‽ Really?", "Again‽"}) {
            PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), "");
            while (tokenizer.hasNext()) {
                tokenizer.next();
            }
        }
        System.err.println("tokenized");
        if (logs != null) {
            logs.close();
        }
    }
}
