package org.storyline.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.InputFile;
import org.storyline.model.ArticleHints;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads JSON Lines: each non-blank line one object
 * <code>{"id"?, "text" or "html", "url"?, "title"?, "published"?, "outlet"?, "authors"?}</code>. {@code text} gives a
 * TEXT article, {@code html} an HTML one ({@code text} wins when both are present: it is the body the producer chose).
 * The other fields become hints; {@code published} is {@code YYYY-MM-DD} or an ISO-8601 date-time (an unreadable
 * date is dropped, the article kept), {@code authors} an array of names or one name.
 *
 * <p>The id is the given {@code id}, else the SHA-256 of the line's bytes without its line terminator. The source is
 * {@code path#n}, n the 1-based line number (blank lines count). A line that is not such an object is rejected
 * {@code MALFORMED_JSON} and the lines after it are still read; a line longer than the size limit is rejected
 * {@code TOO_LARGE} and skipped without being buffered.
 */
final class JsonlArticleReader implements ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(JsonlArticleReader.class);

    private final InputFile input;
    private final String source;
    private final long limit;
    private final ObjectMapper mapper;
    private InputStream in;
    private BoundedInput.LineSplitter lines;
    private int lineNumber;
    private boolean sawContent;
    private boolean finished;

    JsonlArticleReader(InputFile input, long limit) {
        this.input = input;
        this.source = input.name();
        this.limit = limit;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(limit, Integer.MAX_VALUE))
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    @Override
    public StageOutcome<RawArticle> read() {
        if (finished) {
            return null;
        }
        try {
            if (lines == null) {
                in = new BufferedInputStream(input.open(), 64 * 1024);
                in.mark(Sniffer.PREFIX_BYTES);
                Optional<String> binary = Sniffer.binaryKind(Sniffer.readPrefix(in));
                in.reset();
                if (binary.isPresent()) {
                    finished = true;
                    return Outcomes.rejectUnread(source, ErrorCode.BINARY_INPUT,
                            "the file is " + binary.get() + ", not JSON Lines");
                }
                lines = new BoundedInput.LineSplitter(in, limit);
            }
            while (true) {
                BoundedInput.Chunk line = lines.next();
                if (line == null) {
                    finished = true;
                    if (!sawContent) {
                        return Outcomes.rejectUnread(source, ErrorCode.EMPTY_INPUT,
                                "the file holds no JSON lines");
                    }
                    return null;
                }
                lineNumber++;
                if (line.tooLarge()) {
                    sawContent = true;
                    return Outcomes.reject(Sha256.hex(line.bytes()), source + "#" + lineNumber, ErrorCode.TOO_LARGE,
                            "the line is longer than the limit of " + limit + " bytes");
                }
                if (isBlank(line.bytes())) {
                    continue;
                }
                sawContent = true;
                return parse(line.bytes(), source + "#" + lineNumber);
            }
        } catch (IOException e) {
            finished = true;
            log.debug("Cannot read {} after line {}: {}", source, lineNumber, e.toString());
            return Outcomes.rejectUnread(source + "#" + (lineNumber + 1), ErrorCode.IO_ERROR,
                    "the file cannot be read (" + e + ")");
        }
    }

    private StageOutcome<RawArticle> parse(byte[] line, String lineSource) {
        String lineId = Sha256.hex(line);
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            log.debug("Malformed JSON in {}: {}", lineSource, e.getOriginalMessage());
            return Outcomes.reject(lineId, lineSource, ErrorCode.MALFORMED_JSON,
                    "the line is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return Outcomes.reject(lineId, lineSource, ErrorCode.MALFORMED_JSON,
                    "the line cannot be parsed (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return Outcomes.reject(lineId, lineSource, ErrorCode.MALFORMED_JSON, "the line is not a JSON object");
        }
        String id = Optional.ofNullable(node.get("id")).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .filter(s -> !s.isBlank()).orElse(lineId);
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        InputFormat format;
        String body;
        if (text != null && text.isTextual()) {
            format = InputFormat.TEXT;
            body = text.textValue();
        } else if (html != null && html.isTextual()) {
            format = InputFormat.HTML;
            body = html.textValue();
        } else {
            return Outcomes.reject(id, lineSource, ErrorCode.MALFORMED_JSON,
                    "the object has no string field \"text\" or \"html\"");
        }
        if (body.isBlank()) {
            return Outcomes.reject(id, lineSource, ErrorCode.EMPTY_INPUT,
                    "the \"" + (format == InputFormat.TEXT ? "text" : "html") + "\" field is empty");
        }
        ArticleHints hints = new ArticleHints(string(node, "url"), string(node, "title"),
                string(node, "published").flatMap(value -> published(value, lineSource)), string(node, "outlet"),
                authors(node.get("authors")));
        return StageOutcome.accepted(new RawArticle(id, lineSource, format, body.getBytes(StandardCharsets.UTF_8),
                Optional.of(StandardCharsets.UTF_8), hints));
    }

    private static Optional<LocalDate> published(String value, String lineSource) {
        Optional<LocalDate> day = HintDates.parseIso(value);
        if (day.isEmpty()) {
            log.debug("Ignored unreadable published date '{}' in {}", value, lineSource);
        }
        return day;
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.textValue().strip());
    }

    private static List<String> authors(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        if (value.isTextual() && !value.textValue().isBlank()) {
            names.add(value.textValue().strip());
        } else if (value.isArray()) {
            for (JsonNode name : value) {
                if (name.isTextual() && !name.textValue().isBlank()) {
                    names.add(name.textValue().strip());
                }
            }
        }
        return names;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        if (in != null) {
            in.close();
        }
    }
}
