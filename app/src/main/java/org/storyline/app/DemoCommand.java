package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.serve.ServerConfig;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline demo}: a fresh store of the built-in demo corpus ({@code demo/corpus} with
 * {@code demo/knowledge.json}), filled by {@code storyline ingest} itself (same code, same progress line), then
 * served as {@code storyline serve} does, printing the URL (CONTRACT.md section 5).
 *
 * <p>Design decision: the demo store is a directory the demo marks as its own ({@code .storyline-demo}); a later
 * demo replaces only a directory carrying that mark, so pointing {@code --dir} at a real store never deletes it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingest the built-in demo corpus (39 articles, seven fictional outlets) into a fresh store "
                + "and serve it: the web UI and JSON API, as storyline serve. Prints the URL."})
final class DemoCommand implements Callable<Integer> {
    static final String MARK = ".storyline-demo";

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "storyline-demo",
            description = "The demo store's directory, replaced on every run (default: ./${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Ingest worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-serve", description = "Stop after the ingest (the store stays in --dir).")
    boolean noServe;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        refuseForeign(dir);
        Path home = Path.of(System.getProperty("storyline.home", "."));
        Path corpus = home.resolve("demo/corpus");
        Path knowledge = home.resolve("demo/knowledge.json");
        if (!Files.isDirectory(corpus) || !Files.isRegularFile(knowledge)) {
            throw new StorylineCommand.UserException("the demo corpus is not at " + corpus.toAbsolutePath()
                    + " (run the demo from the repository, with ./storyline demo)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        freshDirectory(dir);
        err.println("storyline demo: ingesting " + corpus + " into " + dir + " (the first run loads the NLP models, "
                + "about a minute)");
        err.flush();
        CommandLine ingest = StorylineCommand.newCommandLine();
        ingest.setOut(out);
        ingest.setErr(err);
        int code = ingest.execute("ingest", "--store", dir.toString(), "--knowledge", knowledge.toString(),
                "--threads", Integer.toString(threads), corpus.toString());
        if (code != 0) {
            return code;
        }
        if (noServe) {
            return 0;
        }
        try (Store store = Stores.embedded(dir)) {
            ServeCommand.serve(store, new ServerConfig(host, port, ServerConfig.DEFAULT_MAX_BODY_BYTES,
                    ServeCommand.pipeline(knowledge), true, null), out, err);
        }
        return 0;
    }

    /** Refuses a directory that holds something the demo did not make. */
    static void refuseForeign(Path dir) throws IOException {
        if (Files.exists(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARK))) {
                throw new StorylineCommand.UserException(dir.toAbsolutePath() + " exists and is not a demo store; "
                        + "remove it or pass --dir with another directory");
            }
        }
    }

    /** Makes {@code dir} an empty directory marked as the demo's, removing an earlier demo store there. */
    static void freshDirectory(Path dir) throws IOException {
        refuseForeign(dir);
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        if (dir.toAbsolutePath().getParent() != null) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // owner-only, as the store creates its directories (H2's auto-server key is in the lock file)
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
        Files.writeString(dir.resolve(MARK), "made by storyline demo; the next demo run replaces this directory\n");
    }
}
