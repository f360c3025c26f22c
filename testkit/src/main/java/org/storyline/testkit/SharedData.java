package org.storyline.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the evaluation data in {@code ../shared} beside the clone (system property {@code storyline.shared}, set
 * by the build). A user's clone has no such folder: tests that need it are skipped with a message saying so.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared folder, or a skipped test when it is absent. */
    public static Path require(String relative) {
        String root = System.getProperty("storyline.shared", "../shared");
        Path p = Path.of(root).resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(p),
                () -> "skipped: " + p + " is absent (the evaluation data in ../shared is not part of a user's clone)");
        return p;
    }

    /** The repository root (system property {@code storyline.root}, set by the build). */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("storyline.root", "..")).toAbsolutePath().normalize();
    }

    /** The built-in demo corpus, part of the repository. */
    public static Path demoCorpus() {
        return repositoryRoot().resolve("demo/corpus");
    }

    /**
     * The NAEB pages unpacked under {@code target/naeb} of the calling module (unpacked once, with tar), or a skipped
     * test when the archive is absent.
     */
    public static Path naebPages() throws Exception {
        Path archive = require("data/naeb/naeb-424-news-html-text-title-authors-date.tar.xz");
        Path target = Path.of("target", "naeb").toAbsolutePath();
        Path html = target.resolve("html");
        if (!Files.isDirectory(html)) {
            Files.createDirectories(target);
            Process p = new ProcessBuilder("tar", "-xJf", archive.toString(), "-C", target.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cannot unpack " + archive + ": " + out);
            }
        }
        return target;
    }
}
