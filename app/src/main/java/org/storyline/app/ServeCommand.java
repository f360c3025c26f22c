package org.storyline.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.serve.ServerConfig;
import org.storyline.serve.StorylineServer;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline serve}: the web UI and JSON API (CONTRACT.md section 4) over a store, until interrupted. The
 * store opens for writing so that {@code POST /api/articles} can add articles; an ingest may run beside it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web UI at / and the JSON API under /api/ (described at /api/openapi.json) over a "
                + "store, until interrupted (Ctrl-C).",
                "POST /api/articles extracts and stores one article; the NLP models load on the first one."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "An actor knowledge file for articles posted to the API, e.g. demo/knowledge.json.")
    Path knowledge;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (storeOptions.postgres == null) {
            Path dir = storeOptions.directory == null ? Stores.DEFAULT_DIRECTORY : storeOptions.directory;
            if (!Files.isRegularFile(dir.resolve("storyline.mv.db"))) {
                throw new StorylineCommand.UserException("no store in " + dir.toAbsolutePath()
                        + " (fill one with storyline ingest --store " + dir + " PATH..., or try storyline demo)");
            }
        }
        if (knowledge != null && !Files.isRegularFile(knowledge)) {
            throw new StorylineCommand.UserException("file not found: " + knowledge);
        }
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, maxBodyBytes, pipeline(knowledge), true, null);
        } catch (IllegalArgumentException e) {
            throw new StorylineCommand.UserException(e.getMessage());
        }
        try (Store store = storeOptions.openForWriting()) {
            serve(store, config, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }

    /** The full extract pipeline, made on the first posted article. */
    static Supplier<ExtractPipeline> pipeline(Path knowledge) {
        return () -> new ExtractPipeline(new PipelineConfig(false, true, PipelineConfig.DEFAULT_MAX_RECORD_BYTES,
                knowledge == null ? null : knowledge.toAbsolutePath().toString(), null));
    }

    /** Serves {@code store} until the JVM is interrupted; prints the URL on {@code out}. */
    static void serve(Store store, ServerConfig config, PrintWriter out, PrintWriter err) throws InterruptedException {
        var stories = new PostedStories(store);
        try {
            serve(store, config.withOnStored(stories::place), out, err, 0);
        } finally {
            stories.close();
        }
    }

    /**
     * Places articles posted to the API into stories as {@code ingest} does (the same {@link StoryUpdater}, opened on
     * the first post), with a checkpoint after each so that the story's JSON is current at once.
     */
    static final class PostedStories implements AutoCloseable {
        private final Store store;
        private StoryUpdater updater;

        PostedStories(Store store) {
            this.store = store;
        }

        synchronized void place(org.storyline.model.AnnotatedArticle article) {
            if (updater == null) {
                updater = StoryUpdater.open(store, new org.storyline.stories.MiniLmEmbedder(),
                        org.storyline.stories.StoryConfig.DEFAULT);
                updater.catchUp();
            }
            if (!updater.placed(article.article().id())) {
                updater.place(article);
            }
            updater.checkpoint();
        }

        @Override
        public synchronized void close() {
            if (updater != null) {
                updater.close();
            }
        }
    }

    private static void serve(Store store, ServerConfig config, PrintWriter out, PrintWriter err, int unused)
            throws InterruptedException {
        StorylineServer server;
        try {
            server = StorylineServer.start(store, config);
        } catch (RuntimeException e) {
            throw new StorylineCommand.UserException("cannot listen on " + config.host() + ":" + config.port()
                    + " (" + rootMessage(e) + "); pass --port N, or --port 0 for any free port", e);
        }
        Thread hook = new Thread(server::close, "storyline-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Storyline is serving " + store.location() + " at " + server.url());
        out.println("Open it in a browser; the API is described at " + server.url() + "api/openapi.json. "
                + "Stop with Ctrl-C.");
        out.flush();
        err.flush();
        server.awaitStop();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
