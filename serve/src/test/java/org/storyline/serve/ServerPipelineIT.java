package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@code POST /api/articles} through the full pipeline (CoreNLP loads once, on the first submission): the returned
 * article has entities, actors and events whose spans are its text's, and the event is then found by the filters.
 */
class ServerPipelineIT {
    @TempDir
    Path temp;

    @Test
    void aPostedArticleIsAnnotatedStoredAndQueryable() throws Exception {
        Path knowledge = SharedData.repositoryRoot().resolve("demo/knowledge.json");
        var pipeline = new PipelineConfig(false, true, PipelineConfig.DEFAULT_MAX_RECORD_BYTES,
                knowledge.toString(), null);
        try (Store store = Stores.embedded(temp.resolve("store"));
                StorylineServer server = StorylineServer.start(store, ServerConfig.defaults().withPort(0)
                        .withPipeline(() -> new ExtractPipeline(pipeline)))) {
            var json = new ObjectMapper();
            String body = json.createObjectNode().put("id", "live-1").put("outlet", "The Elsin Courier")
                    .put("published", "2025-03-19").put("title", "Valdria accuses Kestria")
                    .put("text", "Valdria accuses Kestria\n\nValdria accused Kestria of shelling an aid convoy near "
                            + "the border on Tuesday, officials in the capital said.\n\n\"We will not back down,\" "
                            + "said Greta Ansel, Valdria's foreign minister, after a meeting of the cabinet.").toString();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode a = json.readTree(r.body());
            String text = a.get("text").asText();
            assertThat(a.get("entities")).isNotEmpty();
            for (JsonNode e : a.get("entities")) {
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
            }
            assertThat(a.get("quotes")).anySatisfy(q -> assertThat(q.at("/speaker/name").asText()).contains("Ansel"));
            assertThat(a.get("events")).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("ACCUSE");
                assertThat(text.substring(e.at("/trigger/start").asInt(), e.at("/trigger/end").asInt()))
                        .isEqualTo(e.at("/trigger/text").asText());
            });
            HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "api/events?type=ACCUSE&outlet=The%20Elsin%20Courier")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonNode events = json.readTree(listed.body());
            assertThat(events.get("items")).anySatisfy(e -> assertThat(e.get("article").asText()).isEqualTo("live-1"));
        }
    }
}
