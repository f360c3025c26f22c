package org.storyline.ingest.internal;

import java.nio.charset.StandardCharsets;
import org.storyline.ingest.ArticleReaders;
import org.storyline.model.ErrorCode;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/**
 * Builds ingest rejections whose message names the input, says what is wrong and what to do.
 *
 * <p>The article id of a rejection is the SHA-256 of the bytes that were read of the record; when none were (an
 * empty file, a record whose header is cut, a feed refused as a whole), it is the SHA-256 of the source string, so
 * that distinct failed inputs never share the id of zero bytes.
 */
final class Outcomes {
    private Outcomes() {}

    /** A rejection of an input of which no bytes were read. */
    static StageOutcome<RawArticle> rejectUnread(String source, ErrorCode code, String problem) {
        return reject(Sha256.hex(source.getBytes(StandardCharsets.UTF_8)), source, code, problem);
    }

    /** A rejection whose id is the hash of the bytes read, or of the source when none were. */
    static StageOutcome<RawArticle> reject(byte[] read, String source, ErrorCode code, String problem) {
        return read.length == 0 ? rejectUnread(source, code, problem) : reject(Sha256.hex(read), source, code, problem);
    }

    static StageOutcome<RawArticle> reject(String articleId, String source, ErrorCode code, String problem) {
        String message = source + ": " + problem + "; " + code.hint();
        return StageOutcome.rejected(new Rejection(articleId, source, ArticleReaders.STAGE, code, message));
    }
}
