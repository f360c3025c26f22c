package org.storyline.serve.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.ExtractPipeline;

/**
 * Turns the body of {@code POST /api/articles} into an extracted article: a JSON object as one line of the JSONL
 * input ({@code {"id"?, "text" or "html", "url"?, "title"?, "published"?, "outlet"?, "authors"?}}) or an HTML page.
 *
 * <p>Design decision: the body goes through the same {@link ArticleReaders} as files do (written to a private
 * temporary file as a one-line {@code .jsonl} or an {@code .html}), so ids, hints and size limits are exactly those
 * of {@code storyline ingest}; only the source is replaced by {@code api:POST /api/articles}.
 * Submissions run one at a time: the first loads the NLP models, and two 500 MB pipelines must not start together.
 */
public final class ArticleSubmission {
    /** The source recorded for articles added through the API. */
    public static final String SOURCE = "api:POST /api/articles";

    private final Supplier<ExtractPipeline> pipeline;
    private final long maxBytes;
    private final ObjectMapper json;

    public ArticleSubmission(Supplier<ExtractPipeline> pipeline, long maxBytes) {
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        this.json = JsonMapper.builder(factory)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** Which reader a body goes to. */
    enum BodyKind { JSON, HTML }

    static BodyKind kind(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return BodyKind.JSON;
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return BodyKind.HTML;
        }
        if (type.isEmpty() || type.equals("text/plain") || type.equals("application/octet-stream")) {
            String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading();
            if (start.startsWith("{")) {
                return BodyKind.JSON;
            }
            if (start.startsWith("<")) {
                return BodyKind.HTML;
            }
        }
        throw new ApiException(ApiException.Code.UNSUPPORTED_MEDIA_TYPE, "the body must be a JSON article "
                + "(Content-Type: application/json) or an HTML page (Content-Type: text/html), got "
                + (type.isEmpty() ? "no Content-Type" : type));
    }

    /** Runs the pipeline on the body; a refused body throws {@link ApiException}. */
    public AnnotatedArticle extract(String contentType, byte[] body) {
        BodyKind kind = kind(contentType, body);
        byte[] content = kind == BodyKind.JSON ? oneJsonLine(body) : body;
        if (pipeline == null) {
            throw new ApiException(ApiException.Code.INGEST_DISABLED, "this server was started without the "
                    + "extract pipeline; articles cannot be added through it");
        }
        synchronized (this) {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("storyline-post-");
                Path file = dir.resolve(kind == BodyKind.JSON ? "article.jsonl" : "article.html");
                Files.write(file, content);
                StageOutcome<AnnotatedArticle> outcome;
                try (ArticleReader reader = ArticleReaders.open(file,
                        IngestOptions.DEFAULTS.withMaxRecordBytes(maxBytes))) {
                    StageOutcome<RawArticle> read = reader.read();
                    if (read == null) {
                        throw new ApiException(ApiException.Code.INVALID_ARTICLE, "the body holds no article");
                    }
                    outcome = pipeline.get().process(read);
                }
                if (outcome instanceof StageOutcome.Rejected<AnnotatedArticle> r) {
                    Rejection rejection = r.rejection();
                    throw new RejectedArticle(rejection.code().name(), rejection.stage(),
                            rejection.message().replace(file.toString(), "the request body"));
                }
                AnnotatedArticle a = ((StageOutcome.Accepted<AnnotatedArticle>) outcome).value();
                CleanArticle c = a.article();
                return new AnnotatedArticle(new CleanArticle(c.id(), SOURCE, c.title(), c.published(), c.outlet(),
                        c.authors(), c.language(), c.url(), c.text()), a.annotations());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stage the submitted article in a temporary file", e);
            } finally {
                deleteQuietly(dir);
            }
        }
    }

    /** The JSON body as one compact line, after checking it is an article object. */
    private byte[] oneJsonLine(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(ApiException.Code.MALFORMED_JSON, "the body is not well-formed JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(ApiException.Code.MALFORMED_JSON, "the body is not well-formed JSON: "
                    + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(ApiException.Code.INVALID_ARTICLE, "the body must be one JSON object "
                    + "{\"text\" or \"html\", \"id\"?, \"url\"?, \"title\"?, \"published\"?, \"outlet\"?}");
        }
        boolean text = node.path("text").isTextual();
        boolean html = node.path("html").isTextual();
        if (!text && !html) {
            throw new ApiException(ApiException.Code.INVALID_ARTICLE,
                    "the article needs a \"text\" or \"html\" string field");
        }
        for (String field : new String[] {"id", "url", "title", "published", "outlet"}) {
            if (node.has(field) && !node.get(field).isTextual() && !node.get(field).isNull()) {
                throw new ApiException(ApiException.Code.INVALID_ARTICLE, "field \"" + field + "\" must be a string");
            }
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    /** The pipeline rejected the submitted article: 422 with the rejection's code and stage. */
    public static final class RejectedArticle extends RuntimeException {
        private final String rejectionCode;
        private final String stage;

        RejectedArticle(String rejectionCode, String stage, String message) {
            super(message);
            this.rejectionCode = rejectionCode;
            this.stage = stage;
        }

        public String rejectionCode() {
            return rejectionCode;
        }

        public String stage() {
            return stage;
        }
    }

}
