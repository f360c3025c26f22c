package org.storyline.serve;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.storyline.pipeline.ExtractPipeline;

/**
 * How {@link StorylineServer} runs.
 *
 * @param host               the address to listen on ({@code 127.0.0.1} by default: the store is not meant for the
 *                           open network)
 * @param port               the port, 0 for any free one
 * @param maxBodyBytes       the largest request body accepted (413 beyond)
 * @param pipeline           makes the extract pipeline for {@code POST /api/articles}, called once, on the first
 *                           submission; null serves read-only (503 INGEST_DISABLED)
 * @param contentSecurityPolicy whether pages carry the Content-Security-Policy header (tests switch it off to check
 *                           that the UI itself never lets text become markup)
 * @param onStored           called with each article {@code POST /api/articles} newly stored, one at a time (the
 *                           command line places it into a story); null for nothing
 */
public record ServerConfig(String host, int port, long maxBodyBytes, Supplier<ExtractPipeline> pipeline,
        boolean contentSecurityPolicy, java.util.function.Consumer<org.storyline.model.AnnotatedArticle> onStored) {
    /** The default port of {@code storyline serve}. */
    public static final int DEFAULT_PORT = 7070;
    /** The default body limit: 5 MiB, plenty for one article page. */
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        requireNonNull(host, "host is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    /** Loopback, the default port and body limit, no pipeline, the Content-Security-Policy on. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, null, true, null);
    }

    public ServerConfig withPort(int value) {
        return new ServerConfig(host, value, maxBodyBytes, pipeline, contentSecurityPolicy, onStored);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(value, port, maxBodyBytes, pipeline, contentSecurityPolicy, onStored);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(host, port, value, pipeline, contentSecurityPolicy, onStored);
    }

    public ServerConfig withPipeline(Supplier<ExtractPipeline> value) {
        return new ServerConfig(host, port, maxBodyBytes, value, contentSecurityPolicy, onStored);
    }

    public ServerConfig withContentSecurityPolicy(boolean value) {
        return new ServerConfig(host, port, maxBodyBytes, pipeline, value, onStored);
    }

    public ServerConfig withOnStored(java.util.function.Consumer<org.storyline.model.AnnotatedArticle> value) {
        return new ServerConfig(host, port, maxBodyBytes, pipeline, contentSecurityPolicy, value);
    }
}
