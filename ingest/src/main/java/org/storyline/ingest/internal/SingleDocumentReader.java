package org.storyline.ingest.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
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
 * Reads a file that is one article: {@code .txt} as scraped text, {@code .html}/{@code .htm} as a page, gunzipping
 * {@code .html.gz} (or any of them that starts with the gzip magic number). The id is the SHA-256 of the
 * (decompressed) bytes.
 */
final class SingleDocumentReader implements ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(SingleDocumentReader.class);

    private final InputFile input;
    private final String source;
    private final InputFormat format;
    private final long limit;
    private boolean done;

    SingleDocumentReader(InputFile input, InputFormat format, long limit) {
        this.input = input;
        this.source = input.name();
        this.format = format;
        this.limit = limit;
    }

    @Override
    public StageOutcome<RawArticle> read() {
        if (done) {
            return null;
        }
        done = true;
        byte[] read = new byte[0];
        try (InputStream file = new BufferedInputStream(input.open(), 64 * 1024)) {
            file.mark(2);
            boolean gzip = Sniffer.isGzip(file.readNBytes(2));
            file.reset();
            InputStream in = gzip ? new GZIPInputStream(file, 64 * 1024) : file;
            BoundedInput.Chunk chunk = BoundedInput.readAll(in, limit);
            read = chunk.bytes();
            if (chunk.tooLarge()) {
                return Outcomes.reject(read, source, ErrorCode.TOO_LARGE,
                        "the " + (gzip ? "decompressed " : "") + "file is larger than " + limit + " bytes");
            }
            if (read.length == 0) {
                return Outcomes.rejectUnread(source, ErrorCode.EMPTY_INPUT,
                        gzip ? "the compressed file holds no bytes" : "the file is empty");
            }
            Optional<String> binary = Sniffer.binaryKind(Arrays.copyOf(read, Math.min(read.length,
                    Sniffer.PREFIX_BYTES)));
            String id = Sha256.hex(read);
            if (binary.isPresent()) {
                return Outcomes.reject(id, source, ErrorCode.BINARY_INPUT,
                        "the file is " + binary.get() + ", not " + (format == InputFormat.HTML ? "HTML" : "text"));
            }
            return StageOutcome.accepted(
                    new RawArticle(id, source, format, read, Optional.empty(), ArticleHints.NONE));
        } catch (EOFException | ZipException e) {
            log.debug("Truncated or corrupt gzip stream in {}: {}", source, e.toString());
            return Outcomes.reject(read, source, ErrorCode.TRUNCATED_INPUT,
                    "the gzip stream is truncated or corrupt (" + e.getMessage() + ")");
        } catch (IOException e) {
            log.debug("Cannot read {}: {}", source, e.toString());
            return Outcomes.reject(read, source, ErrorCode.IO_ERROR,
                    "the file cannot be read (" + e + ")");
        }
    }

    @Override
    public void close() {
        done = true;
    }
}
