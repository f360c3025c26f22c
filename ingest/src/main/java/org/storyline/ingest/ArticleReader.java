package org.storyline.ingest;

import java.io.IOException;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/**
 * Pulls raw articles out of one input, one at a time, with memory bounded by the largest single record.
 *
 * <p>Design decision: not an {@link java.util.Iterator}. A reader owns open files and must be closed, and reading may
 * fail; an {@code AutoCloseable} pull interface makes both explicit. An input that is bad returns a
 * {@link StageOutcome.Rejected} and reading goes on with the next record; {@link IOException} is thrown only when the
 * reader itself cannot continue (and then only after everything before it was returned).
 */
public interface ArticleReader extends AutoCloseable {

    /** The next article or rejection, or {@code null} when the input is exhausted. */
    StageOutcome<RawArticle> read() throws IOException;

    /** Counts of records seen but not articles (e.g. WARC request or metadata records), for the end-of-run summary. */
    default ReaderStats stats() {
        return ReaderStats.EMPTY;
    }

    @Override
    void close() throws IOException;
}
