package org.storyline.serve;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Supplier;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.serve.internal.ApiException;
import org.storyline.serve.internal.ApiRoutes;
import org.storyline.serve.internal.ArticleSubmission;
import org.storyline.serve.internal.StaticAssets;
import org.storyline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Storyline server: the JSON API of CONTRACT.md section 4 under {@code /api/} (described by
 * {@code /api/openapi.json}) and the web UI at {@code /}, over one {@link Store}. Javalin 7 on Jetty 12.
 *
 * <pre>{@code
 * try (Store store = Stores.embedded(Path.of("storyline-data"));
 *         StorylineServer server = StorylineServer.start(store, ServerConfig.defaults().withPort(0))) {
 *     System.out.println("serving " + server.url());
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Errors are <code>{"error": {"code", "message"}}</code> with the status of {@link ApiException.Code}; bad input
 * is always a 4xx. The UI is static files read into memory at start ({@link StaticAssets}); pages carry a
 * Content-Security-Policy that allows scripts and styles from this origin only.
 *
 * <p>The caller owns the store: closing the server does not close it.
 */
public final class StorylineServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StorylineServer.class);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final String host;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    private StorylineServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving {@code store}; returns once the port is bound. */
    public static StorylineServer start(Store store, ServerConfig config) {
        requireNonNull(store, "store is null");
        requireNonNull(config, "config is null");
        Supplier<ExtractPipeline> pipeline = config.pipeline() == null ? null : memoized(config.pipeline());
        var routes = new ApiRoutes(store, new ArticleSubmission(pipeline, config.maxBodyBytes()),
                config.maxBodyBytes(), config.onStored());
        var assets = new StaticAssets();
        byte[] openApi = assets.get("openapi.json").orElseThrow().bytes();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.router.ignoreTrailingSlashes = true;
            c.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                if (config.contentSecurityPolicy()) {
                    ctx.header("Content-Security-Policy", CSP);
                }
            });
            c.routes.get("/api/articles", routes::articles);
            c.routes.post("/api/articles", routes::addArticle);
            c.routes.get("/api/articles/{id}", routes::article);
            c.routes.get("/api/stories", routes::stories);
            c.routes.get("/api/stories/{id}", routes::story);
            c.routes.get("/api/events", routes::events);
            c.routes.get("/api/quotes", routes::quotes);
            c.routes.get("/api/actors", routes::actors);
            c.routes.get("/api/search", routes::search);
            c.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(openApi));
            c.routes.get("/", ctx -> asset(ctx, assets, "index.html"));
            c.routes.get("/assets/{name}", ctx -> asset(ctx, assets, ctx.pathParam("name")));
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.code().status(), e.code().name(),
                    e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? ApiException.Code.BODY_TOO_LARGE.name()
                            : e.getStatus() == 404 ? ApiException.Code.NOT_FOUND.name()
                            : e.getStatus() == 405 ? ApiException.Code.METHOD_NOT_ALLOWED.name()
                            : e.getStatus() < 500 ? ApiException.Code.BAD_PARAMETER.name()
                            : ApiException.Code.INTERNAL_ERROR.name(), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, ApiException.Code.INTERNAL_ERROR.name(), "the server failed on this request: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage());
            });
            c.routes.error(404, ctx -> {
                if (!ctx.result().startsWith("{\"error\"")) {
                    error(ctx, 404, ApiException.Code.NOT_FOUND.name(), "nothing at " + ctx.method() + " "
                            + ctx.path() + "; the API is described at /api/openapi.json");
                }
            });
            c.routes.error(405, ctx -> error(ctx, 405, ApiException.Code.METHOD_NOT_ALLOWED.name(), ctx.method()
                    + " is not allowed on " + ctx.path()));
        });
        app.start(config.host(), config.port());
        var server = new StorylineServer(app, config.host());
        log.info("Storyline serving {} at {}", store.location(), server.url());
        return server;
    }

    private static void asset(Context ctx, StaticAssets assets, String name) {
        StaticAssets.Asset asset = assets.get(name).orElseThrow(() -> new ApiException(ApiException.Code.NOT_FOUND,
                "no such file in the web UI"));
        ctx.contentType(asset.contentType()).header("Cache-Control", "no-cache").result(asset.bytes());
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(ApiRoutes.error(code, message).toString());
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Where to point a browser: {@code http://host:port/}. */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook, say). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            stopped.countDown();
        }
    }
}
