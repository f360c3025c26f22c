package org.storyline.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.QuoteMention;
import org.storyline.model.TextSpan;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/**
 * Writes one JSON object per article, one per line, with the fields and field order of CONTRACT.md section 2.
 * Not thread-safe: the pipeline calls it from one thread, in input order.
 */
final class ArticleJsonWriter implements AutoCloseable {
    private final JsonGenerator json;
    private final OutputStream out;

    ArticleJsonWriter(OutputStream out) {
        this.out = out;
        try {
            this.json = new JsonFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    void write(StageOutcome<AnnotatedArticle> outcome) {
        try {
            if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
                writeArticle(a.value().article(), a.value().annotations());
            } else if (outcome instanceof StageOutcome.Rejected<AnnotatedArticle> r) {
                writeRejection(r.rejection());
            }
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    private void writeArticle(CleanArticle a, Optional<Annotations> annotations) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeStringField("status", "ok");
        optional("title", a.title());
        optional("published", a.published().map(Object::toString));
        optional("outlet", a.outlet());
        json.writeArrayFieldStart("authors");
        for (String author : a.authors()) {
            json.writeString(author);
        }
        json.writeEndArray();
        optional("language", a.language());
        optional("url", a.url());
        json.writeStringField("text", a.text());
        if (annotations.isPresent()) {
            writeAnnotations(annotations.get());
        }
        json.writeEndObject();
    }

    private void writeAnnotations(Annotations n) throws IOException {
        json.writeArrayFieldStart("entities");
        for (int i = 0; i < n.entities().size(); i++) {
            EntityMention e = n.entities().get(i);
            json.writeStartObject();
            json.writeStringField("text", e.text());
            json.writeStringField("type", e.type().name());
            span(e.span());
            optional("actor", n.entityActors().get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (Actor actor : n.actors()) {
            json.writeStartObject();
            json.writeStringField("id", actor.id());
            json.writeStringField("name", actor.name());
            json.writeArrayFieldStart("aliases");
            for (String alias : actor.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            optional("country", actor.country());
            optional("sector", actor.sector());
            if (!actor.members().isEmpty()) {
                json.writeArrayFieldStart("members");
                for (String member : actor.members()) {
                    json.writeString(member);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (int i = 0; i < n.quotes().size(); i++) {
            QuoteMention q = n.quotes().get(i);
            json.writeStartObject();
            json.writeStringField("text", q.text());
            span(q.span());
            json.writeStringField("kind", q.kind().contractName());
            if (q.speaker().isPresent()) {
                json.writeObjectFieldStart("speaker");
                json.writeStringField("name", q.speaker().get().name());
                optional("actor", n.speakerActors().get(i));
                json.writeEndObject();
            } else {
                json.writeNullField("speaker");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dates");
        for (DateMention d : n.dates()) {
            json.writeStartObject();
            json.writeStringField("text", d.text());
            span(d.span());
            optional("value", d.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (EventMention e : n.events()) {
            writeEvent(e);
        }
        json.writeEndArray();
    }

    /**
     * One event in the field order of CONTRACT.md section 2, then one field the contract does not list:
     * {@code date_from_article}, true when the sentence names no day and {@code date} is the article's publication
     * date (issue #4: "else the article's date, marked as such"). Readers that keep to the contract ignore it.
     */
    private void writeEvent(EventMention e) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", e.type().name());
        optional("cameo", e.cameo());
        arguments("source", e.source());
        arguments("target", e.target());
        optional("date", e.date().map(Object::toString));
        optional("location", e.location());
        json.writeObjectFieldStart("trigger");
        json.writeStringField("text", e.triggerText());
        span(e.trigger());
        json.writeEndObject();
        json.writeObjectFieldStart("sentence");
        span(e.sentence());
        json.writeEndObject();
        json.writeBooleanField("negated", e.negated());
        json.writeBooleanField("hypothetical", e.hypothetical());
        json.writeBooleanField("date_from_article", e.dateFromArticle());
        json.writeEndObject();
    }

    private void arguments(String field, List<EventArgument> arguments) throws IOException {
        json.writeArrayFieldStart(field);
        for (EventArgument a : arguments) {
            json.writeStartObject();
            json.writeStringField("name", a.name());
            optional("actor", a.actor());
            optional("country", a.country());
            optional("sector", a.sector());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void span(TextSpan span) throws IOException {
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
    }

    private void writeRejection(Rejection r) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", r.articleId());
        json.writeStringField("source", r.source());
        json.writeStringField("status", "rejected");
        json.writeObjectFieldStart("error");
        json.writeStringField("code", r.code().name());
        json.writeStringField("message", r.message());
        json.writeStringField("stage", r.stage());
        json.writeEndObject();
        json.writeEndObject();
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
