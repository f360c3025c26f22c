package org.storyline.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code storyline} command line. Each subcommand is its own class; this one only wires them.
 *
 * <pre>
 * ./storyline extract --clean-only demo/corpus &gt; articles.jsonl
 * ./storyline eval clean --gold articles.json --html pages/
 * ./storyline bench clean --html pages/
 * ./storyline export events --format csv --out events.csv articles.jsonl
 * ./storyline ingest --store storyline-data demo/corpus
 * ./storyline stories --store storyline-data &gt; stories.jsonl
 * ./storyline export table events --store storyline-data --format parquet --out events.parquet
 * ./storyline serve --store storyline-data --port 7070
 * ./storyline demo
 * </pre>
 */
@Command(
        name = "storyline",
        mixinStandardHelpOptions = true,
        versionProvider = StorylineCommand.Version.class,
        description = "Turns raw news articles into the verifiable record of a story.",
        subcommands = {ExtractCommand.class, IngestCommand.class, StoriesCommand.class, ServeCommand.class,
                DemoCommand.class, EvalCommand.class, ExportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class StorylineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine() {
        var cli = new CommandLine(new StorylineCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException u) {
                commandLine.getErr().println("storyline: " + u.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli;
    }

    /** A problem with the user's options or paths that stops the run: printed as one line, exit code 2. */
    static final class UserException extends RuntimeException {
        UserException(String message) {
            super(message);
        }

        UserException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StorylineCommand.class.getPackage().getImplementationVersion();
            return new String[] {"storyline " + (v == null ? "development build" : v)};
        }
    }
}
