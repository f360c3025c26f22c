package org.storyline.spark.internal;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storyline.model.ArticleHints;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/**
 * A reader outcome in serializable form, so that records can be spread over partitions between reading (cheap, one
 * task per group of files) and the NLP stages (costly, balanced by article id). Exactly one of the raw fields and
 * the rejection fields is set.
 */
public record RawRecord(int fileNumber, int recordNumber, String id, String source, String format, byte[] content,
        String charset, String url, String title, String published, String outlet, ArrayList<String> authors,
        String stage, String code, String message) implements Serializable {

    static RawRecord of(StageOutcome<RawArticle> outcome, int fileNumber, int recordNumber) {
        if (outcome instanceof StageOutcome.Accepted<RawArticle> a) {
            RawArticle r = a.value();
            ArticleHints h = r.hints();
            return new RawRecord(fileNumber, recordNumber, r.id(), r.source(), r.format().name(), r.content(),
                    r.charset().map(Charset::name).orElse(null), h.url().orElse(null), h.title().orElse(null),
                    h.published().map(LocalDate::toString).orElse(null), h.outlet().orElse(null),
                    new ArrayList<>(h.authors()), null, null, null);
        }
        Rejection j = ((StageOutcome.Rejected<RawArticle>) outcome).rejection();
        return new RawRecord(fileNumber, recordNumber, j.articleId(), j.source(), null, null, null, null, null, null,
                null, null, j.stage(), j.code().name(), j.message());
    }

    /** The reader outcome again. */
    public StageOutcome<RawArticle> outcome() {
        if (code != null) {
            return StageOutcome.rejected(id, source, stage, ErrorCode.valueOf(code), message);
        }
        var hints = new ArticleHints(Optional.ofNullable(url), Optional.ofNullable(title),
                Optional.ofNullable(published).map(LocalDate::parse), Optional.ofNullable(outlet),
                authors == null ? List.of() : authors);
        return StageOutcome.accepted(new RawArticle(id, source, InputFormat.valueOf(format), content,
                Optional.ofNullable(charset).map(Charset::forName), hints));
    }
}
