package org.threadlens.export.conllu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * UD's own validator ({@code validate.py} from UniversalDependencies/tools), where this machine has it: named by
 * the system property {@code threadlens.ud.validate} or the environment variable {@code UD_VALIDATE}, run with
 * {@code python3}, which needs the {@code regex} module (Debian: {@code python3-regex}). The validator is not
 * shipped with ThreadLens (nor fetched: it is not on Maven Central); where it is absent the tests hold the export
 * to {@link ConlluChecker}'s rules only, and say so.
 */
record UdValidator(Path script) {
    /** What a run printed and whether it passed. */
    record Result(boolean passed, String output) {
    }

    /** The validator, or why there is none. */
    static Optional<UdValidator> find(StringBuilder why) {
        String named = System.getProperty("threadlens.ud.validate", System.getenv("UD_VALIDATE"));
        if (named == null || named.isBlank()) {
            why.append("UD's validate.py is not named (set UD_VALIDATE=/path/to/UniversalDependencies/tools/validate.py)");
            return Optional.empty();
        }
        Path script = Path.of(named);
        if (!Files.isRegularFile(script)) {
            why.append("UD_VALIDATE names no file: ").append(script);
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import regex").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                why.append("python3 with the regex module is not available (Debian: apt install python3-regex)");
                return Optional.empty();
            }
        } catch (IOException | InterruptedException e) {
            why.append("python3 cannot be run: ").append(e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new UdValidator(script));
    }

    /** Runs {@code validate.py --lang en --level LEVEL FILE}. */
    Result validate(Path conllu, int level) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("python3", script.toString(), "--lang", "en", "--level",
                Integer.toString(level), conllu.toString())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return new Result(p.exitValue() == 0 && output.contains("*** PASSED ***"), output);
    }
}
