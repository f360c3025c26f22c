package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.ErrorCode;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/** The progress line: a bar to the records counted ahead, or a plain count when they are not known. */
class ProgressTest {
    @TempDir
    Path dir;

    private static StageOutcome<AnnotatedArticle> article(String id) {
        return StageOutcome.accepted(new AnnotatedArticle(new CleanArticle(id, id + ".txt", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), "Text of " + id + "."), java.util.Optional.empty()));
    }

    @Test
    void recordsAreCountedAheadAcrossContainersAndRejections() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": "
                + "\"Two.\"}\n{broken\n");
        Files.writeString(dir.resolve("page.html"), "<html><body><p>Three.</p></body></html>");
        Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(Progress.countRecords(List.of(dir), IngestOptions.DEFAULTS))
                .as("two articles and a broken line in the feed, a page, an empty file").isEqualTo(5);
        assertThat(Progress.countRecords(List.of(dir.resolve("missing")), IngestOptions.DEFAULTS)).isEqualTo(-1);
    }

    @Test
    void aKnownTotalDrawsABarWithSkippedInputsCountedAsDone() {
        var text = new StringWriter();
        try (var progress = new Progress(new PrintWriter(text), true).total(4, () -> 1)) {
            progress.onArticle(article("a"));
            progress.onArticle(StageOutcome.rejected(new Rejection("b", "b.txt", "ingest", ErrorCode.EMPTY_INPUT,
                    "empty")));
            progress.onArticle(article("c"));
        }
        String last = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
        assertThat(last).startsWith("[" + "#".repeat(30) + "] 4/4 100%").contains("1 rejected");
    }

    @Test
    void withoutATotalItCountsAndADisabledOneDrawsNothing() {
        var text = new StringWriter();
        try (var progress = new Progress(new PrintWriter(text), true)) {
            progress.onArticle(article("a"));
        }
        assertThat(text.toString()).contains("1 articles").doesNotContain("[");
        var silent = new StringWriter();
        try (var progress = new Progress(new PrintWriter(silent), false).total(1, () -> 0)) {
            progress.onArticle(article("a"));
        }
        assertThat(silent.toString()).isEmpty();
    }
}
