package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.TextSpan;

/**
 * Reads {@code extract} output (CONTRACT.md section 2 JSON Lines) back into {@link AnnotatedArticle}s, so that later
 * stages can run on an extraction made once. Rejected lines are skipped. What the contract does not carry comes back
 * empty: speaker and argument spans, and whether an event's date is the article's.
 */
final class ArticleJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonReader() {}

    /** The accepted articles of a file, in file order. */
    static List<AnnotatedArticle> read(Path file) throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if ("ok".equals(node.path("status").asText())) {
                        out.add(article(node));
                    }
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + number + " is not an extract record: "
                            + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static AnnotatedArticle article(JsonNode n) {
        String text = n.path("text").asText("");
        var clean = new CleanArticle(n.path("id").asText(), n.path("source").asText(), string(n, "title"),
                string(n, "published").map(LocalDate::parse), string(n, "outlet"), strings(n.path("authors")),
                string(n, "language"), string(n, "url"), text);
        if (!n.has("entities")) {
            return new AnnotatedArticle(clean, Optional.empty());
        }
        List<EntityMention> entities = new ArrayList<>();
        List<Optional<String>> entityActors = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            entities.add(new EntityMention(span(e), e.path("text").asText(), EntityType.valueOf(e.path("type").asText())));
            entityActors.add(string(e, "actor"));
        }
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : n.path("actors")) {
            String id = a.path("id").asText();
            EntityType type = EntityType.MISC;
            int colon = id.indexOf(':');
            if (colon > 0) {
                try {
                    type = EntityType.valueOf(id.substring(0, colon).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknownPrefix) {
                    type = EntityType.MISC;
                }
            }
            actors.add(new Actor(id, a.path("name").asText(), type, strings(a.path("aliases")), string(a, "country"),
                    string(a, "sector"), strings(a.path("members"))));
        }
        List<QuoteMention> quotes = new ArrayList<>();
        List<Optional<String>> speakerActors = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            JsonNode speaker = q.path("speaker");
            Optional<Speaker> s = speaker.isObject() && !speaker.path("name").asText("").isBlank()
                    ? Optional.of(new Speaker(speaker.path("name").asText(), Optional.empty())) : Optional.empty();
            quotes.add(new QuoteMention(span(q), q.path("text").asText(),
                    QuoteKind.valueOf(q.path("kind").asText().toUpperCase(Locale.ROOT)), s));
            speakerActors.add(speaker.isObject() ? string(speaker, "actor") : Optional.empty());
        }
        List<DateMention> dates = new ArrayList<>();
        for (JsonNode d : n.path("dates")) {
            dates.add(new DateMention(span(d), d.path("text").asText(), string(d, "value")));
        }
        List<EventMention> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            JsonNode trigger = e.path("trigger");
            events.add(new EventMention(PloverType.valueOf(e.path("type").asText()), string(e, "cameo"),
                    arguments(e.path("source")), arguments(e.path("target")), string(e, "date").map(LocalDate::parse),
                    e.path("date_from_article").asBoolean(), string(e, "location"), span(trigger), trigger.path("text").asText(), span(e.path("sentence")),
                    e.path("negated").asBoolean(), e.path("hypothetical").asBoolean()));
        }
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entities, entityActors, actors, quotes,
                speakerActors, dates, events)));
    }

    private static List<EventArgument> arguments(JsonNode array) {
        List<EventArgument> out = new ArrayList<>();
        for (JsonNode a : array) {
            out.add(new EventArgument(a.path("name").asText(), new TextSpan(0, 0), string(a, "actor"),
                    string(a, "country"), string(a, "sector")));
        }
        return out;
    }

    private static TextSpan span(JsonNode n) {
        return new TextSpan(n.path("start").asInt(), n.path("end").asInt());
    }

    private static Optional<String> string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
