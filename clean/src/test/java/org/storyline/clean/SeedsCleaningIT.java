package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.storyline.model.ArticleHints;
import org.storyline.model.CleanArticle;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/**
 * The clean stage on the scraped seed articles against the hand-made gold in {@code storyline.shared/gold}: every
 * boilerplate fragment gone, every keep fragment present, title and publication date right (compared after folding
 * whitespace). Skips with a message when the shared folder is absent.
 */
class SeedsCleaningIT {
    @Test
    void seedsMatchTheGold() throws Exception {
        Path shared = Path.of(System.getProperty("storyline.shared", "../shared"));
        Path goldFile = shared.resolve("gold").resolve("seeds-dev.json");
        assumeTrue(Files.isRegularFile(goldFile), "seed gold not found at " + goldFile + "; skipping");
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile()).path("articles");
        var cleaner = new ArticleCleaner(false);
        var soft = new SoftAssertions();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode g = entry.getValue();
            Path seed = shared.resolve("seeds").resolve(g.path("file").asText());
            byte[] bytes = Files.readAllBytes(seed);
            var raw = new RawArticle(entry.getKey(), seed.toString(), InputFormat.TEXT, bytes, Optional.empty(),
                    ArticleHints.NONE);
            StageOutcome<CleanArticle> outcome = cleaner.clean(raw);
            assertThat(outcome).as("seed %s", entry.getKey()).isInstanceOf(StageOutcome.Accepted.class);
            CleanArticle article = ((StageOutcome.Accepted<CleanArticle>) outcome).value();
            String text = fold(article.text());
            for (JsonNode b : g.path("boilerplate")) {
                soft.assertThat(text).as("seed %s boilerplate", entry.getKey()).doesNotContain(fold(b.asText()));
            }
            for (JsonNode k : g.path("keep")) {
                soft.assertThat(text).as("seed %s keep", entry.getKey()).contains(fold(k.asText()));
            }
            soft.assertThat(article.title().map(SeedsCleaningIT::fold).orElse(null)).as("seed %s title", entry.getKey())
                    .isEqualTo(fold(g.path("title").asText()));
            Optional<LocalDate> expected = g.path("published").isNull() ? Optional.empty()
                    : Optional.of(LocalDate.parse(g.path("published").asText()));
            soft.assertThat(article.published()).as("seed %s published", entry.getKey()).isEqualTo(expected);
            checked++;
        }
        System.out.println("SEEDS cleaning: " + checked + " seed articles checked against " + goldFile);
        soft.assertAll();
    }

    private static String fold(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
