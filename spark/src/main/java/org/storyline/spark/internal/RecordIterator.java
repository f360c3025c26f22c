package org.storyline.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/**
 * The records of some listed files, read lazily one at a time by the CLI's own readers (memory stays bounded by one
 * record however large a WARC file is), each with its file and record number.
 */
public final class RecordIterator implements Iterator<RawRecord> {
    private final Iterator<ListedFile> files;
    private final java.util.Map<String, String> settings;
    private final IngestOptions options;
    private ArticleReader reader;
    private ListedFile file;
    private int recordNumber;
    private RawRecord next;

    public RecordIterator(Iterator<ListedFile> files, java.util.Map<String, String> settings, IngestOptions options) {
        this.files = files;
        this.settings = settings;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                if (reader == null) {
                    if (!files.hasNext()) {
                        return false;
                    }
                    file = files.next();
                    recordNumber = 0;
                    reader = ArticleReaders.open(List.of(HadoopFiles.open(file, settings)), file.explicit(), options);
                }
                StageOutcome<RawArticle> outcome = reader.read();
                if (outcome == null) {
                    reader.close();
                    reader = null;
                } else {
                    next = RawRecord.of(outcome, file.number(), recordNumber++);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.name() + ": " + e, e);
        }
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord out = next;
        next = null;
        return out;
    }
}
