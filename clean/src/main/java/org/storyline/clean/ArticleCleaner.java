package org.storyline.clean;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.storyline.clean.internal.DateTexts;
import org.storyline.clean.internal.HtmlBodyExtractor;
import org.storyline.clean.internal.HtmlMetadata;
import org.storyline.clean.internal.HtmlMetadataExtractor;
import org.storyline.clean.internal.LanguageIdentifier;
import org.storyline.clean.internal.PageDecoder;
import org.storyline.clean.internal.PageParser;
import org.storyline.clean.internal.ScrapedText;
import org.storyline.clean.internal.ScrapedTextCleaner;
import org.storyline.clean.internal.TextNormalizer;
import org.storyline.model.ArticleHints;
import org.storyline.model.CleanArticle;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/**
 * The clean stage: from a {@link RawArticle} (HTML page or scraped text) to a {@link CleanArticle} with the article
 * body in paragraphs and its title, publication date, outlet, authors and language. Consumes the raw bytes; provides
 * the cleaned text every later annotation points into, and the article's metadata.
 *
 * <pre>{@code
 * var cleaner = new ArticleCleaner();
 * if (cleaner.clean(raw) instanceof StageOutcome.Accepted<CleanArticle> a) {
 *     System.out.println(a.value().text());
 * }
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by every worker thread. The language model loads lazily, once.
 */
public final class ArticleCleaner {
    public static final String STAGE = "clean";

    private final HtmlMetadataExtractor metadataExtractor = new HtmlMetadataExtractor();
    private final HtmlBodyExtractor bodyExtractor = new HtmlBodyExtractor();
    private final ScrapedTextCleaner textCleaner = new ScrapedTextCleaner();
    private final LanguageIdentifier languageIdentifier;
    private final boolean detectLanguage;

    public ArticleCleaner() {
        this(true);
    }

    /** @param detectLanguage false to skip language identification (leaves {@code language} empty) */
    public ArticleCleaner(boolean detectLanguage) {
        this.detectLanguage = detectLanguage;
        this.languageIdentifier = LanguageIdentifier.shared();
    }

    public StageOutcome<CleanArticle> clean(RawArticle raw) {
        requireNonNull(raw, "raw is null");
        String decoded = PageDecoder.decode(raw.content(), raw.charset(), raw.format());
        return switch (raw.format()) {
            case HTML -> cleanHtml(raw, decoded);
            case TEXT -> cleanText(raw, decoded);
        };
    }

    private StageOutcome<CleanArticle> cleanHtml(RawArticle raw, String html) {
        Optional<Document> parsed = PageParser.parse(html, raw.hints().url().orElse(""));
        if (parsed.isEmpty()) {
            return reject(raw, ErrorCode.TOO_DEEP,
                    "page nests elements more than " + PageParser.MAX_DEPTH + " levels deep");
        }
        Document doc = parsed.get();
        HtmlMetadata meta = metadataExtractor.extract(doc, raw.hints().url());
        String body = bodyExtractor.extract(doc, meta);
        return finish(raw, body, meta.title(), meta.published(), meta.outlet(), meta.authors(),
                meta.url());
    }

    private StageOutcome<CleanArticle> cleanText(RawArticle raw, String text) {
        ScrapedText scraped = textCleaner.clean(text);
        String body = scraped.body();
        if (body.isBlank()) {
            // a text that is all "title" (one line, as a JSONL record often is) is its own body: never lose it
            body = text;
        }
        // the container's URL is the last place to look for a date ("/2025/03/25/"), as for HTML pages
        Optional<java.time.LocalDate> published = scraped.published()
                .or(() -> raw.hints().url().flatMap(DateTexts::fromUrl));
        return finish(raw, body, scraped.title(), published, scraped.outlet(), scraped.authors(), Optional.empty());
    }

    private StageOutcome<CleanArticle> finish(
            RawArticle raw,
            String body,
            Optional<String> title,
            Optional<java.time.LocalDate> published,
            Optional<String> outlet,
            List<String> authors,
            Optional<String> url) {
        String text = TextNormalizer.normalizeBody(body);
        if (text.isBlank()) {
            return reject(raw, ErrorCode.NO_ARTICLE_TEXT, "no article text found");
        }
        ArticleHints hints = raw.hints();
        Optional<String> language = detectLanguage ? languageIdentifier.identify(text) : Optional.empty();
        return StageOutcome.accepted(new CleanArticle(
                raw.id(),
                raw.source(),
                hints.title().or(() -> title.map(TextNormalizer::normalizeLine)).filter(t -> !t.isBlank()),
                hints.published().or(() -> published),
                hints.outlet().or(() -> outlet),
                hints.authors().isEmpty() ? authors : hints.authors(),
                language,
                hints.url().or(() -> url),
                text));
    }

    private static StageOutcome<CleanArticle> reject(RawArticle raw, ErrorCode code, String what) {
        return StageOutcome.rejected(raw.id(), raw.source(), STAGE, code,
                raw.source() + ": " + what + "; " + code.hint());
    }
}
