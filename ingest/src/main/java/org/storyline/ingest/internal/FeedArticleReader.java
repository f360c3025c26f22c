package org.storyline.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.InputFile;
import org.storyline.ingest.ReaderStats;
import org.storyline.model.ArticleHints;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: every item or entry is one article in HTML format, its
 * {@code content:encoded} / Atom content, else its description or summary (plain-text content is escaped into a
 * paragraph). Hints: title, link, publication day (pubDate, published or dc:date, in the date's own offset), authors,
 * and the channel or feed title as outlet.
 *
 * <p>The id of an item is the SHA-256 of the item element re-serialised as UTF-8 by JDOM's {@link XMLOutputter} with
 * {@link Format#getRawFormat()} (text as parsed, no re-indenting, namespace declarations the element needs included).
 * It is stable for the same feed bytes; it is not a hash of the original byte range, which a DOM parser cannot give.
 * The source is {@code path#n}, n the 1-based position of the item in the feed.
 *
 * <p>XML is parsed by {@link SafeXml}: a feed that declares entities is rejected {@code FORBIDDEN_ENTITY}, nothing
 * is ever fetched or expanded.
 *
 * <p><b>NOTE:</b> unlike the other readers, a feed is parsed as a whole (ROME works on a DOM), so the whole file
 * counts as one record against the size limit: a feed larger than the limit is rejected {@code TOO_LARGE} unread.
 */
final class FeedArticleReader implements ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(FeedArticleReader.class);
    private static final Set<String> ITEM_NAMES = Set.of("item", "entry");
    private static final List<String> DATE_NAMES = List.of("pubDate", "published", "date", "issued");

    private final InputFile input;
    private final String source;
    private final long limit;
    private final SkipCounter skipped = new SkipCounter();
    private List<Element> items;
    private List<SyndEntry> entries;
    private Optional<String> outlet = Optional.empty();
    private int next;
    private boolean finished;

    FeedArticleReader(InputFile input, long limit) {
        this.input = input;
        this.source = input.name();
        this.limit = limit;
    }

    @Override
    public StageOutcome<RawArticle> read() {
        if (finished) {
            return null;
        }
        if (items == null) {
            StageOutcome<RawArticle> failure = load();
            if (failure != null) {
                finished = true;
                return failure;
            }
        }
        if (next >= items.size()) {
            finished = true;
            return null;
        }
        int index = next++;
        return item(items.get(index), entries.get(index), source + "#" + (index + 1));
    }

    /** Parses the feed; a rejection for the whole file when it cannot be. */
    private StageOutcome<RawArticle> load() {
        Document document;
        try {
            long size = input.size();
            if (size == 0) {
                return Outcomes.rejectUnread(source, ErrorCode.EMPTY_INPUT, "the feed file is empty");
            }
            if (size > limit) {
                return Outcomes.rejectUnread(source, ErrorCode.TOO_LARGE,
                        "the feed holds " + size + " bytes, more than the limit of " + limit);
            }
            try (InputStream in = input.open()) {
                document = SafeXml.parse(in, input.uri());
            }
        } catch (SafeXml.ForbiddenEntityException e) {
            log.debug("Refused entity declaration in {}: {}", source, e.getMessage());
            return Outcomes.rejectUnread(source, ErrorCode.FORBIDDEN_ENTITY,
                    e.getMessage() + "; the feed was not read");
        } catch (JDOMException e) {
            log.debug("Malformed XML in {}: {}", source, e.getMessage());
            return Outcomes.rejectUnread(source, ErrorCode.MALFORMED_FEED,
                    "the XML cannot be parsed (" + e.getMessage() + ")");
        } catch (IOException e) {
            log.debug("Cannot read {}: {}", source, e.toString());
            return Outcomes.rejectUnread(source, ErrorCode.IO_ERROR,
                    "the feed cannot be read (" + e + ")");
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | IllegalArgumentException e) {
            log.debug("Not a feed: {}: {}", source, e.getMessage());
            return Outcomes.rejectUnread(source, ErrorCode.MALFORMED_FEED,
                    "the XML is not an RSS or Atom feed (" + e.getMessage() + ")");
        }
        List<Element> elements = itemElements(document.getRootElement());
        List<SyndEntry> syndEntries = feed.getEntries();
        if (elements.size() != syndEntries.size()) {
            log.debug("Feed {} has {} item elements but ROME read {} entries", source, elements.size(),
                    syndEntries.size());
        }
        int count = Math.min(elements.size(), syndEntries.size());
        items = elements.subList(0, count);
        entries = syndEntries.subList(0, count);
        outlet = nonBlank(feed.getTitle());
        if (count == 0) {
            skipped.count("feed:no-items");
        }
        return null;
    }

    private StageOutcome<RawArticle> item(Element element, SyndEntry entry, String itemSource) {
        String xml = new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).outputString(element);
        String id = Sha256.hex(xml.getBytes(StandardCharsets.UTF_8));
        String html = html(entry);
        if (html.isBlank()) {
            return Outcomes.reject(id, itemSource, ErrorCode.EMPTY_INPUT,
                    "the feed item has neither content nor a description");
        }
        ArticleHints hints = new ArticleHints(link(entry), nonBlank(entry.getTitle()), published(element, entry),
                outlet, authors(entry));
        return StageOutcome.accepted(new RawArticle(id, itemSource, InputFormat.HTML,
                html.getBytes(StandardCharsets.UTF_8), Optional.of(StandardCharsets.UTF_8), hints));
    }

    private static List<Element> itemElements(Element root) {
        List<Element> found = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (ITEM_NAMES.contains(child.getName())) {
                found.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(found::add);
            }
        }
        return found;
    }

    private static String html(SyndEntry entry) {
        String contents = entry.getContents().stream()
                .map(FeedArticleReader::asHtml)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
        if (!contents.isBlank()) {
            return contents;
        }
        return entry.getDescription() == null ? "" : asHtml(entry.getDescription());
    }

    private static String asHtml(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return "<p>" + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        }
        return value;
    }

    private static Optional<String> link(SyndEntry entry) {
        Optional<String> link = nonBlank(entry.getLink());
        if (link.isPresent()) {
            return link;
        }
        return entry.getLinks().stream().map(SyndLink::getHref).map(FeedArticleReader::nonBlank)
                .flatMap(Optional::stream).findFirst();
    }

    /** The day the item's own date field states; ROME's parsed date (in UTC) only when that cannot be read. */
    private static Optional<LocalDate> published(Element element, SyndEntry entry) {
        for (String name : DATE_NAMES) {
            for (Element child : element.getChildren()) {
                if (child.getName().equals(name)) {
                    Optional<LocalDate> day = HintDates.parseFeedDate(child.getTextNormalize());
                    if (day.isPresent()) {
                        return day;
                    }
                }
            }
        }
        return Optional.ofNullable(entry.getPublishedDate())
                .map(date -> date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = entry.getAuthors().stream().map(SyndPerson::getName).map(FeedArticleReader::nonBlank)
                .flatMap(Optional::stream).toList();
        if (!names.isEmpty()) {
            return names;
        }
        return nonBlank(entry.getAuthor()).map(List::of).orElse(List.of());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public ReaderStats stats() {
        return skipped.stats();
    }

    @Override
    public void close() {
        finished = true;
    }
}
