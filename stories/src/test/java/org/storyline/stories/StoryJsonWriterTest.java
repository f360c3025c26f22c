package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The section 3 shape: field names and order, one line per story. */
class StoryJsonWriterTest {
    @Test
    void writesTheContractFieldsInOrder() throws Exception {
        var item = new Story.TimelineItem(Story.ItemKind.QUOTE, "a1", 4, 9, "hello", Optional.of("Ansel"), 2);
        var side = new Story.DisputeSide(Optional.of("Norvik Wire"), "a1", 0, 3, "yes");
        var story = new Story("s1", "Title", List.of("a1", "a2"), List.of(new Story.CopyLink("a2", "a1")), List.of(),
                List.of("Norvik Wire"), 1, Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty(), "Summary.",
                List.of(new Story.TimelineDay(LocalDate.of(2025, 3, 1), List.of(item))),
                List.of(new Story.Dispute("claim", List.of(side))));
        var bytes = new ByteArrayOutputStream();
        try (var writer = new StoryJsonWriter(bytes)) {
            writer.write(story);
            writer.write(story);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("id", "title", "articles", "duplicates", "outlets", "first", "last", "summary",
                "timeline", "disputes");
        assertThat(json.get("duplicates").get(0).get(1).asText()).isEqualTo("a1");
        assertThat(json.get("last").isNull()).isTrue();
        JsonNode i = json.get("timeline").get(0).get("items").get(0);
        List<String> itemFields = new ArrayList<>();
        i.fieldNames().forEachRemaining(itemFields::add);
        assertThat(itemFields).startsWith("kind", "article", "start", "end", "text");
        assertThat(i.get("kind").asText()).isEqualTo("quote");
        assertThat(json.get("disputes").get(0).get("sides").get(0).get("outlet").asText()).isEqualTo("Norvik Wire");
    }
}
