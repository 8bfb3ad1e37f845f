package org.threadlens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.threadlens.BuildInfo;
import org.threadlens.cli.logs.LogGate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: {@code threadlens <command> ...}. */
@Command(name = "threadlens", mixinStandardHelpOptions = true, versionProvider = ThreadLensCommand.Version.class,
        description = "Read discussion threads, annotate every comment with Stanford CoreNLP, roll up, store, export.",
        subcommands = {AnnotateCommand.class, ReadCommand.class, SparkCommand.class, ImportCommand.class, ExportCommand.class,
            StatsCommand.class, ReportCommand.class,
            TrendsCommand.class, PluginsCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
            SynthCommand.class, CommandLine.HelpCommand.class})
public final class ThreadLensCommand implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of failures (for bug reports), and the libraries' log lines (CoreNLP's) "
                    + "as they come instead of counted at the end.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: annotate, read, export, stats, report or plugins");
    }

    /** Runs the command line and returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        ThreadLensCommand top = new ThreadLensCommand();
        CommandLine cl = new CommandLine(top);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("threadlens: " + ExitCodes.message(e));
            if (top.debug) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.of(e);
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands Exceptions to the handler above but rethrows Errors (out of memory, a native library
            // that cannot be loaded): those get a message too, never a bare stack trace
            err.println("threadlens: " + ExitCodes.message(e));
            if (top.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(e);
        }
    }

    /** Whether {@code --debug} was given, to the top command or to {@code spec}'s command. */
    static boolean debug(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof ThreadLensCommand top && top.debug;
    }

    /**
     * Entry point: output is UTF-8 whatever the platform's default, so that comment text survives; the
     * libraries' log lines go through the gate that lets a command gather them (first: SLF4J picks its provider
     * once).
     */
    public static void main(String[] args) {
        LogGate.selectProvider();
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(execute(args, System.out, System.err));
    }

    /** {@code --version}: ThreadLens and the libraries that shape its output. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"threadlens " + BuildInfo.threadLensVersion() + " (Stanford CoreNLP "
                    + BuildInfo.coreNlpVersion() + ", Apache OpenNLP " + BuildInfo.openNlpVersion() + ", DuckDB "
                    + BuildInfo.duckDbVersion() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
