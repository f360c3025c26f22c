package org.storyline.ingest.internal;

import org.storyline.ingest.ArticleReaders;
import org.storyline.model.ErrorCode;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/** Builds ingest rejections whose message names the input, says what is wrong and what to do. */
final class Outcomes {
    private Outcomes() {}

    static StageOutcome<RawArticle> reject(String articleId, String source, ErrorCode code, String problem) {
        String message = source + ": " + problem + "; " + code.hint();
        return StageOutcome.rejected(new Rejection(articleId, source, ArticleReaders.STAGE, code, message));
    }
}
