package org.storyline.stories;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes one JSON object per story, one per line, with the fields and field order of CONTRACT.md section 3:
 * {@code id, title, articles, duplicates, outlets, first, last, summary, timeline, disputes}. Fields the contract does
 * not list yet come after those of each object (the contract changes only by adding fields): a story's
 * {@code near_duplicates} (partial copies, {@code [[id, original_id]]}) and {@code independent_outlets}; a timeline
 * item's {@code type} (events) or {@code speaker} (quotes) and {@code independent_outlets}.
 *
 * <pre>{@code
 * try (var writer = new StoryJsonWriter(System.out)) {
 *     engine.stories().forEach(writer::write);
 * }
 * }</pre>
 * Not thread-safe.
 */
public final class StoryJsonWriter implements AutoCloseable {
    private final OutputStream out;
    private final JsonGenerator json;

    public StoryJsonWriter(OutputStream out) {
        this.out = out;
        try {
            this.json = new JsonFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /** One story as one JSON object, without the line break. */
    public static String toJson(Story story) {
        var bytes = new java.io.ByteArrayOutputStream(8192);
        try (var writer = new StoryJsonWriter(bytes)) {
            writer.write(story);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    /** Writes one story as one line. */
    public void write(Story story) {
        try {
            json.writeStartObject();
            json.writeStringField("id", story.id());
            json.writeStringField("title", story.title());
            strings("articles", story.articles());
            links("duplicates", story.duplicates());
            strings("outlets", story.outlets());
            optional("first", story.first().map(Object::toString));
            optional("last", story.last().map(Object::toString));
            json.writeStringField("summary", story.summary());
            json.writeArrayFieldStart("timeline");
            for (Story.TimelineDay day : story.timeline()) {
                json.writeStartObject();
                json.writeStringField("date", day.date().toString());
                json.writeArrayFieldStart("items");
                for (Story.TimelineItem item : day.items()) {
                    json.writeStartObject();
                    json.writeStringField("kind", item.kind().contractName());
                    json.writeStringField("article", item.article());
                    json.writeNumberField("start", item.start());
                    json.writeNumberField("end", item.end());
                    json.writeStringField("text", item.text());
                    optional(item.kind() == Story.ItemKind.EVENT ? "type" : "speaker", item.label());
                    json.writeNumberField("independent_outlets", item.independentOutlets());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("disputes");
            for (Story.Dispute d : story.disputes()) {
                json.writeStartObject();
                json.writeStringField("claim", d.claim());
                json.writeArrayFieldStart("sides");
                for (Story.DisputeSide s : d.sides()) {
                    json.writeStartObject();
                    optional("outlet", s.outlet());
                    json.writeStringField("article", s.article());
                    json.writeNumberField("start", s.start());
                    json.writeNumberField("end", s.end());
                    json.writeStringField("text", s.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            links("near_duplicates", story.nearDuplicates());
            json.writeNumberField("independent_outlets", story.independentOutlets());
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write story " + story.id() + ": " + e.getMessage(), e);
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private void links(String field, List<Story.CopyLink> links) throws IOException {
        json.writeArrayFieldStart(field);
        for (Story.CopyLink l : links) {
            json.writeStartArray();
            json.writeString(l.article());
            json.writeString(l.copyOf());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
