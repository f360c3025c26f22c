package org.storyline.ingest.internal;

import org.storyline.ingest.ArticleReader;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/** Returns one outcome decided up front (typically the rejection of a whole input), then nothing. */
final class SingleOutcomeReader implements ArticleReader {
    private StageOutcome<RawArticle> outcome;

    SingleOutcomeReader(StageOutcome<RawArticle> outcome) {
        this.outcome = outcome;
    }

    @Override
    public StageOutcome<RawArticle> read() {
        StageOutcome<RawArticle> result = outcome;
        outcome = null;
        return result;
    }

    @Override
    public void close() {
        outcome = null;
    }
}
