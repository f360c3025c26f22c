package org.storyline.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.storyline.model.TextSpan;
import org.storyline.store.SearchHit;
import org.storyline.store.internal.Passages.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's full-text index: one Lucene document per {@link Passage}, all documents of an article added
 * in one {@link IndexWriter#updateDocuments} call (so a commit holds all of an article or none of it), keyed by the
 * article id. The index is derived data: the tables are the truth and {@link EmbeddedStore} repairs the index from
 * them when it opens.
 *
 * <p>Only one process can hold the index writer. A store opened while another process holds it searches the last
 * commit read-only; articles it adds are indexed by the next store that opens with the writer.
 */
final class LuceneIndex implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    static final String ARTICLE = "article";
    static final String KIND = "kind";
    private static final String START = "start";
    private static final String END = "end";
    private static final String TEXT = "text";
    private static final String SPEAKER = "speaker";
    /** Commit at least this often while adding, so another process's readers see progress. */
    private static final long COMMIT_NANOS = 5_000_000_000L;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private SearcherManager searchers;
    private long lastCommit = System.nanoTime();
    private boolean uncommitted;

    private LuceneIndex(Path path, Directory directory, IndexWriter writer) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index with its writer, or read-only when {@code readOnly} or another process holds the writer. */
    static LuceneIndex open(Path path, boolean readOnly) throws IOException {
        if (readOnly && !Files.isDirectory(path)) {
            return new LuceneIndex(path, null, null);
        }
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        if (readOnly) {
            return new LuceneIndex(path, directory, null);
        }
        try {
            var config = new IndexWriterConfig(new EnglishAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneIndex(path, directory, new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            log.warn("The full-text index {} is being written by another process; this one searches it read-only "
                    + "and its own articles are indexed when a store next opens it for writing", path);
            return new LuceneIndex(path, directory, null);
        }
    }

    boolean writable() {
        return writer != null;
    }

    /** Adds (or replaces) the article's passages. */
    void put(String articleId, List<Passage> passages) {
        if (writer == null) {
            return;
        }
        var docs = new ArrayList<Document>(passages.size());
        for (Passage p : passages) {
            var doc = new Document();
            doc.add(new StringField(ARTICLE, articleId, Field.Store.YES));
            doc.add(new StringField(KIND, p.kind().name(), Field.Store.YES));
            doc.add(new StoredField(START, p.span().start()));
            doc.add(new StoredField(END, p.span().end()));
            doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
            if (!p.speaker().isEmpty()) {
                doc.add(new TextField(SPEAKER, p.speaker(), Field.Store.NO));
            }
            docs.add(doc);
        }
        try {
            writer.updateDocuments(new Term(ARTICLE, articleId), docs);
            uncommitted = true;
            if (System.nanoTime() - lastCommit > COMMIT_NANOS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + articleId + " in " + path, e);
        }
    }

    void remove(String articleId) throws IOException {
        if (writer != null) {
            writer.deleteDocuments(new Term(ARTICLE, articleId));
            uncommitted = true;
        }
    }

    void commit() throws IOException {
        if (writer != null && uncommitted) {
            writer.commit();
            uncommitted = false;
        }
        lastCommit = System.nanoTime();
    }

    /** Article ids with their ARTICLE passage in the index (present means all its passages are). */
    Set<String> articleIds() {
        var ids = new HashSet<String>();
        withSearcher(searcher -> {
            var stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(new TermQuery(new Term(KIND, SearchHit.Kind.ARTICLE.name())),
                    Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                ids.add(stored.document(d.doc, Set.of(ARTICLE)).get(ARTICLE));
            }
            return null;
        });
        return ids;
    }

    Map<SearchHit.Kind, Long> countsByKind() {
        var counts = new EnumMap<SearchHit.Kind, Long>(SearchHit.Kind.class);
        withSearcher(searcher -> {
            for (SearchHit.Kind k : SearchHit.Kind.values()) {
                counts.put(k, (long) searcher.count(new TermQuery(new Term(KIND, k.name()))));
            }
            return null;
        });
        return counts;
    }

    List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        var parser = new MultiFieldQueryParser(new String[] {TEXT, SPEAKER}, analyzer);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            try {
                parsed = parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                return List.of();
            }
        }
        Query q = parsed;
        var hits = new ArrayList<SearchHit>();
        withSearcher(searcher -> {
            var stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(q, limit).scoreDocs) {
                Document doc = stored.document(d.doc);
                hits.add(new SearchHit(doc.get(ARTICLE), SearchHit.Kind.valueOf(doc.get(KIND)),
                        new TextSpan(doc.getField(START).numericValue().intValue(),
                                doc.getField(END).numericValue().intValue()), doc.get(TEXT), d.score));
            }
            return null;
        });
        return List.copyOf(hits);
    }

    private interface SearcherWork {
        Object run(IndexSearcher searcher) throws IOException;
    }

    private synchronized void withSearcher(SearcherWork work) {
        try {
            Optional<SearcherManager> manager = searchers();
            if (manager.isEmpty()) {
                return;
            }
            manager.get().maybeRefreshBlocking();
            IndexSearcher searcher = manager.get().acquire();
            try {
                work.run(searcher);
            } finally {
                manager.get().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + path, e);
        }
    }

    private Optional<SearcherManager> searchers() throws IOException {
        if (searchers == null) {
            if (writer != null) {
                searchers = new SearcherManager(writer, null);
            } else if (directory != null && DirectoryReader.indexExists(directory)) {
                searchers = new SearcherManager(directory, null);
            }
        }
        return Optional.ofNullable(searchers);
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            commit();
            writer.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
