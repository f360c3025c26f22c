package org.storyline.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteMention;

/**
 * Paged reads over a store for browsing and the HTTP API: articles, events with filters, quotations by speaker and
 * actors. Each list is a {@link Page} ordered by a stable key; {@link Page#next()} is an opaque token that continues
 * after the page's last item (keyset pagination, so a page costs the same however deep it is, and rows added meanwhile
 * never shift later pages).
 *
 * <pre>{@code
 * Page<EventHit> page = store.events(EventQuery.ALL.withType(PloverType.ACCUSE), Optional.empty(), 50);
 * while (page.next().isPresent()) {
 *     page = store.events(EventQuery.ALL.withType(PloverType.ACCUSE), page.next(), 50);
 * }
 * }</pre>
 *
 * <p>A token from one list given to another list, or a token that is not one of ours, is refused with
 * {@link IllegalArgumentException} (a caller's mistake, not a store failure).
 */
public interface StoreQueries {
    /** The largest page any list returns. */
    int MAX_LIMIT = 1000;

    /** Stored articles in the order they were added, optionally of one outlet or one story. */
    Page<ArticleSummary> articles(ArticleQuery query, Optional<String> after, int limit);

    /**
     * Events matching every filter given, ordered by date (undated events last), then article id and index.
     * Date filters leave undated events out.
     */
    Page<EventHit> events(EventQuery query, Optional<String> after, int limit);

    /** Quotations, optionally of one speaker (actor id, or the speaker's name ignoring case), by article id and index. */
    Page<QuoteHit> quotes(Optional<String> speaker, Optional<String> after, int limit);

    /** Actors by id, each with the number of articles naming it; optionally only names containing {@code name}. */
    Page<ActorSummary> actors(Optional<String> name, Optional<String> after, int limit);

    /** One page of a list: its items and, when more follow, the token for the next page. */
    record Page<T>(List<T> items, Optional<String> next) {
        public Page {
            items = List.copyOf(requireNonNull(items, "items is null"));
            requireNonNull(next, "next is null");
        }
    }

    /** Filters of {@link #articles}. */
    record ArticleQuery(Optional<String> outlet, Optional<String> story) {
        public static final ArticleQuery ALL = new ArticleQuery(Optional.empty(), Optional.empty());

        public ArticleQuery {
            requireNonNull(outlet, "outlet is null");
            requireNonNull(story, "story is null");
        }
    }

    /** An article without its text and annotations, and the story it belongs to, if any. */
    record ArticleSummary(String id, long seq, String source, Optional<String> title, Optional<LocalDate> published,
            Optional<String> outlet, Optional<String> url, Optional<String> story) {
        public ArticleSummary {
            requireNonNull(id, "id is null");
            requireNonNull(source, "source is null");
            requireNonNull(title, "title is null");
            requireNonNull(published, "published is null");
            requireNonNull(outlet, "outlet is null");
            requireNonNull(url, "url is null");
            requireNonNull(story, "story is null");
        }
    }

    /**
     * Filters of {@link #events}; each empty one matches everything.
     *
     * @param actor an actor id among the event's sources or targets
     * @param from  first day, inclusive
     * @param to    last day, inclusive
     * @param outlet the outlet of the event's article
     * @param story the story of the event's article
     */
    record EventQuery(Optional<String> actor, Optional<PloverType> type, Optional<LocalDate> from,
            Optional<LocalDate> to, Optional<String> outlet, Optional<String> story) {
        public static final EventQuery ALL = new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        public EventQuery {
            requireNonNull(actor, "actor is null");
            requireNonNull(type, "type is null");
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            requireNonNull(outlet, "outlet is null");
            requireNonNull(story, "story is null");
        }

        public EventQuery withActor(String value) {
            return new EventQuery(Optional.ofNullable(value), type, from, to, outlet, story);
        }

        public EventQuery withType(PloverType value) {
            return new EventQuery(actor, Optional.ofNullable(value), from, to, outlet, story);
        }

        public EventQuery withDates(LocalDate first, LocalDate last) {
            return new EventQuery(actor, type, Optional.ofNullable(first), Optional.ofNullable(last), outlet, story);
        }

        public EventQuery withOutlet(String value) {
            return new EventQuery(actor, type, from, to, Optional.ofNullable(value), story);
        }

        public EventQuery withStory(String value) {
            return new EventQuery(actor, type, from, to, outlet, Optional.ofNullable(value));
        }
    }

    /** One event of an article ({@code index} is its position in the article's events), with the article's outlet. */
    record EventHit(String articleId, int index, Optional<String> outlet, EventMention event) {
        public EventHit {
            requireNonNull(articleId, "articleId is null");
            requireNonNull(outlet, "outlet is null");
            requireNonNull(event, "event is null");
        }
    }

    /** One quotation of an article, with its speaker's actor id and the article's outlet. */
    record QuoteHit(String articleId, int index, Optional<String> outlet, QuoteMention quote,
            Optional<String> speakerActor) {
        public QuoteHit {
            requireNonNull(articleId, "articleId is null");
            requireNonNull(outlet, "outlet is null");
            requireNonNull(quote, "quote is null");
            requireNonNull(speakerActor, "speakerActor is null");
        }
    }

    /** An actor (name, type and codes: the smallest of those its articles give) and how many articles name it. */
    record ActorSummary(String id, String name, EntityType type, Optional<String> country, Optional<String> sector,
            long articles) {
        public ActorSummary {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
            requireNonNull(country, "country is null");
            requireNonNull(sector, "sector is null");
        }
    }
}
