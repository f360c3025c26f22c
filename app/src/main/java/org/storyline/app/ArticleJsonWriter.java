package org.storyline.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.storyline.model.CleanArticle;
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

    void write(StageOutcome<CleanArticle> outcome) {
        try {
            if (outcome instanceof StageOutcome.Accepted<CleanArticle> a) {
                writeArticle(a.value());
            } else if (outcome instanceof StageOutcome.Rejected<CleanArticle> r) {
                writeRejection(r.rejection());
            }
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    private void writeArticle(CleanArticle a) throws IOException {
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
        json.writeEndObject();
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
