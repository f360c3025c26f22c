package org.storyline.serve.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The web UI's files, read once from the classpath ({@code org/storyline/serve/web/}) into memory.
 *
 * <p>Design decision: only the files named in {@code assets.txt} exist; a request path is looked up in that map by
 * exact name and never joined to a directory, so no path (with {@code ..}, encoded dots, backslashes or anything
 * else) can reach another file.
 */
public final class StaticAssets {
    private static final String ROOT = "org/storyline/serve/web/";

    /** One file: its bytes and media type. */
    public record Asset(byte[] bytes, String contentType) {}

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    public StaticAssets() {
        ClassLoader loader = StaticAssets.class.getClassLoader();
        String list = new String(read(loader, ROOT + "assets.txt"), StandardCharsets.UTF_8);
        for (String line : list.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                assets.put(name, new Asset(read(loader, ROOT + name), contentType(name)));
            }
        }
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("web UI resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (lower.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (lower.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** The file of this exact name, if the UI has one. */
    public Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(assets.keySet());
    }
}
