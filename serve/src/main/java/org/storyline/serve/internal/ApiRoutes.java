package org.storyline.serve.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.PloverType;
import org.storyline.store.ArticleStore;
import org.storyline.store.SearchHit;
import org.storyline.store.Store;
import org.storyline.store.StoreQueries;
import org.storyline.store.StoreQueries.Page;
import org.storyline.store.StoredStory;

/**
 * The handlers of the JSON API (CONTRACT.md section 4). Every list answers
 * <code>{"items": [...], "next": cursor or null, "limit": n}</code>; pass {@code next} back as {@code cursor} for the
 * following page. Parameters are checked strictly: an unknown parameter, a bad value or a cursor of another list is
 * a 400 with a stable code, never a 500.
 */
public final class ApiRoutes {
    /** Page size when {@code limit} is not given. */
    public static final int DEFAULT_LIMIT = 50;
    /** Search hits beyond this rank are not served (a search is re-run per page). */
    static final int MAX_SEARCH_RANK = 1000;

    private final Store store;
    private final ArticleSubmission submission;
    private final long maxBodyBytes;
    private final ObjectMapper json = new ObjectMapper();

    private final java.util.function.Consumer<AnnotatedArticle> onStored;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiRoutes.class);

    public ApiRoutes(Store store, ArticleSubmission submission, long maxBodyBytes,
            java.util.function.Consumer<AnnotatedArticle> onStored) {
        this.store = requireNonNull(store, "store is null");
        this.submission = requireNonNull(submission, "submission is null");
        this.maxBodyBytes = maxBodyBytes;
        this.onStored = onStored;
    }

    // ---- parameters ------------------------------------------------------------------------------------------------

    private static void allow(Context ctx, String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new ApiException(ApiException.Code.BAD_PARAMETER, "unknown parameter \"" + name
                        + "\"; this endpoint takes " + (names.length == 0 ? "none" : String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) {
                throw new ApiException(ApiException.Code.BAD_PARAMETER, "parameter \"" + e.getKey()
                        + "\" given " + e.getValue().size() + " times; give it once");
            }
        }
    }

    private static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > 500) {
            throw new ApiException(ApiException.Code.BAD_PARAMETER, "parameter \"" + name + "\" is longer than 500 "
                    + "characters");
        }
        return Optional.of(value.strip());
    }

    private static int limit(Context ctx, int max) {
        Optional<String> value = text(ctx, "limit");
        if (value.isEmpty()) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(ApiException.Code.BAD_PARAMETER, "limit must be a whole number from 1 to " + max
                + ", got \"" + value.get() + "\"");
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        Optional<String> value = text(ctx, name);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ApiException(ApiException.Code.BAD_PARAMETER, "parameter \"" + name
                    + "\" must be a date YYYY-MM-DD, got \"" + value.get() + "\"");
        }
    }

    private static Optional<String> cursor(Context ctx) {
        return text(ctx, "cursor");
    }

    /** Runs a store list, turning a refused cursor into 400 BAD_CURSOR. */
    private static <T> T paged(java.util.function.Supplier<T> list) {
        try {
            return list.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.Code.BAD_CURSOR, e.getMessage()
                    + "; pass back the \"next\" value of the previous page of the same list, unchanged");
        }
    }

    // ---- responses -------------------------------------------------------------------------------------------------

    private void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    private ObjectNode list(List<? extends JsonNode> items, Optional<String> next, int limit) {
        ObjectNode o = json.createObjectNode();
        ArrayNode array = o.putArray("items");
        items.forEach(array::add);
        o.put("next", next.orElse(null));
        o.put("limit", limit);
        return o;
    }

    public static ObjectNode error(String code, String message) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        ObjectNode e = o.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return o;
    }

    // ---- articles --------------------------------------------------------------------------------------------------

    public void articles(Context ctx) {
        allow(ctx, "outlet", "story", "cursor", "limit");
        int limit = limit(ctx, StoreQueries.MAX_LIMIT);
        var query = new StoreQueries.ArticleQuery(text(ctx, "outlet"), text(ctx, "story"));
        Page<StoreQueries.ArticleSummary> page = paged(() -> store.articles(query, cursor(ctx), limit));
        var items = new ArrayList<ObjectNode>();
        for (StoreQueries.ArticleSummary a : page.items()) {
            ObjectNode o = json.createObjectNode();
            o.put("id", a.id());
            o.put("title", a.title().orElse(null));
            o.put("published", a.published().map(Object::toString).orElse(null));
            o.put("outlet", a.outlet().orElse(null));
            o.put("url", a.url().orElse(null));
            o.put("source", a.source());
            o.put("story", a.story().orElse(null));
            items.add(o);
        }
        send(ctx, 200, list(items, page.next(), limit));
    }

    public void article(Context ctx) {
        allow(ctx);
        String id = ctx.pathParam("id");
        AnnotatedArticle article = store.article(id).orElseThrow(() -> new ApiException(ApiException.Code.NOT_FOUND,
                "no article with id \"" + id + "\" in this store"));
        send(ctx, 200, ArticleJson.article(article, store.storyOf(id)));
    }

    public void addArticle(Context ctx) {
        allow(ctx);
        byte[] body = boundedBody(ctx);
        AnnotatedArticle article;
        try {
            article = submission.extract(ctx.header("Content-Type"), body);
        } catch (ArticleSubmission.RejectedArticle r) {
            ObjectNode o = error(ApiException.Code.ARTICLE_REJECTED.name(), r.getMessage());
            ((ObjectNode) o.get("error")).put("rejection", r.rejectionCode()).put("stage", r.stage());
            send(ctx, ApiException.Code.ARTICLE_REJECTED.status(), o);
            return;
        }
        ArticleStore.Added added;
        synchronized (submission) {
            added = store.add(org.storyline.model.StageOutcome.accepted(article));
            if (added == ArticleStore.Added.ARTICLE && onStored != null) {
                try {
                    onStored.accept(article);
                } catch (RuntimeException e) {
                    // the article is stored; the next ingest's catch-up places it
                    log.warn("Article {} is stored but could not be placed into a story", article.article().id(), e);
                }
            }
        }
        String id = article.article().id();
        AnnotatedArticle stored = store.article(id).orElse(article);
        ctx.header("Location", "/api/articles/" + id);
        send(ctx, added == ArticleStore.Added.ARTICLE ? 201 : 200, ArticleJson.article(stored, store.storyOf(id)));
    }

    /** The request body, refused with 413 once it is longer than the limit (whatever Content-Length says). */
    private byte[] boundedBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw tooLarge(-1);
            }
            if (body.length == 0) {
                throw new ApiException(ApiException.Code.INVALID_ARTICLE, "the request body is empty; send a JSON "
                        + "article or an HTML page");
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(ApiException.Code.INVALID_ARTICLE, "cannot read the request body: "
                    + e.getMessage());
        }
    }

    private ApiException tooLarge(long declared) {
        return new ApiException(ApiException.Code.BODY_TOO_LARGE, "the request body"
                + (declared >= 0 ? " (" + declared + " bytes)" : "") + " is over this server's limit of "
                + maxBodyBytes + " bytes");
    }

    // ---- stories ---------------------------------------------------------------------------------------------------

    public void stories(Context ctx) {
        allow(ctx, "cursor", "limit");
        int limit = limit(ctx, StoreQueries.MAX_LIMIT);
        List<StoredStory> all = store.stories();
        int from = 0;
        Optional<String> cursor = cursor(ctx);
        if (cursor.isPresent()) {
            String after = decodeOwnCursor("stories", cursor.get());
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(after)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw new ApiException(ApiException.Code.BAD_CURSOR, "the story this cursor continues after is no "
                        + "longer in the store (merged into another); start again without a cursor");
            }
        }
        var items = new ArrayList<ObjectNode>();
        for (StoredStory s : all.subList(from, Math.min(all.size(), from + limit))) {
            items.add(storySummary(s));
        }
        Optional<String> next = from + limit < all.size()
                ? Optional.of(ownCursor("stories", all.get(from + limit - 1).id())) : Optional.empty();
        send(ctx, 200, list(items, next, limit));
    }

    private ObjectNode storySummary(StoredStory s) {
        JsonNode data = storyData(s);
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("title", data.path("title").isTextual() ? data.get("title").asText() : s.title().orElse(null));
        o.put("articles", s.articles().size());
        o.set("outlets", data.has("outlets") ? data.get("outlets") : json.createArrayNode());
        o.set("first", data.has("first") ? data.get("first") : null);
        o.set("last", data.has("last") ? data.get("last") : null);
        o.put("summary", data.path("summary").isTextual() ? data.get("summary").asText() : null);
        o.put("disputes", data.path("disputes").size());
        var perDay = new TreeMap<String, Integer>();
        for (JsonNode day : data.path("timeline")) {
            perDay.merge(day.path("date").asText(), day.path("items").size(), Integer::sum);
        }
        ArrayNode activity = o.putArray("activity");
        perDay.forEach((date, count) -> activity.addObject().put("date", date).put("items", count));
        return o;
    }

    /** The story's section 3 JSON as the story engine saved it, or the little the store knows without it. */
    private JsonNode storyData(StoredStory s) {
        if (s.data().isPresent()) {
            try {
                JsonNode node = json.readTree(s.data().get());
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (IOException e) {
                // fall through: a story saved with data that is not JSON is shown with what the tables hold
            }
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title().orElse(null));
        ArrayNode articles = o.putArray("articles");
        s.articles().forEach(articles::add);
        ArrayNode duplicates = o.putArray("duplicates");
        s.duplicates().forEach(d -> duplicates.addArray().add(d.articleId()).add(d.duplicateOf()));
        return o;
    }

    public void story(Context ctx) {
        allow(ctx);
        String id = ctx.pathParam("id");
        for (StoredStory s : store.stories()) {
            if (s.id().equals(id)) {
                send(ctx, 200, storyData(s));
                return;
            }
        }
        throw new ApiException(ApiException.Code.NOT_FOUND, "no story with id \"" + id + "\" in this store");
    }

    private static String ownCursor(String list, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + ":" + value)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeOwnCursor(String list, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(list + ":")) {
                return decoded.substring(list.length() + 1);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ApiException(ApiException.Code.BAD_CURSOR, "invalid cursor: not a cursor of the " + list
                + " list; pass back the \"next\" value of the previous page, unchanged");
    }

    // ---- events, quotes, actors ------------------------------------------------------------------------------------

    public void events(Context ctx) {
        allow(ctx, "actor", "type", "from", "to", "outlet", "story", "cursor", "limit");
        int limit = limit(ctx, StoreQueries.MAX_LIMIT);
        Optional<PloverType> type = text(ctx, "type").map(t -> {
            try {
                return PloverType.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ApiException(ApiException.Code.BAD_PARAMETER, "type must be a PLOVER type ("
                        + java.util.Arrays.toString(PloverType.values()) + "), got \"" + t + "\"");
            }
        });
        Optional<LocalDate> from = date(ctx, "from");
        Optional<LocalDate> to = date(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new ApiException(ApiException.Code.BAD_PARAMETER, "from (" + from.get() + ") is after to ("
                    + to.get() + ")");
        }
        var query = new StoreQueries.EventQuery(text(ctx, "actor"), type, from, to, text(ctx, "outlet"),
                text(ctx, "story"));
        Page<StoreQueries.EventHit> page = paged(() -> store.events(query, cursor(ctx), limit));
        send(ctx, 200, list(page.items().stream().map(ArticleJson::event).toList(), page.next(), limit));
    }

    public void quotes(Context ctx) {
        allow(ctx, "speaker", "cursor", "limit");
        int limit = limit(ctx, StoreQueries.MAX_LIMIT);
        Page<StoreQueries.QuoteHit> page = paged(() -> store.quotes(text(ctx, "speaker"), cursor(ctx), limit));
        send(ctx, 200, list(page.items().stream().map(ArticleJson::quote).toList(), page.next(), limit));
    }

    public void actors(Context ctx) {
        allow(ctx, "name", "cursor", "limit");
        int limit = limit(ctx, StoreQueries.MAX_LIMIT);
        Page<StoreQueries.ActorSummary> page = paged(() -> store.actors(text(ctx, "name"), cursor(ctx), limit));
        var items = new ArrayList<ObjectNode>();
        for (StoreQueries.ActorSummary a : page.items()) {
            ObjectNode o = json.createObjectNode();
            o.put("id", a.id());
            o.put("name", a.name());
            o.put("type", a.type().name());
            o.put("country", a.country().orElse(null));
            o.put("sector", a.sector().orElse(null));
            o.put("articles", a.articles());
            items.add(o);
        }
        send(ctx, 200, list(items, page.next(), limit));
    }

    // ---- search ----------------------------------------------------------------------------------------------------

    public void search(Context ctx) {
        allow(ctx, "q", "cursor", "limit");
        int limit = limit(ctx, 100);
        String q = text(ctx, "q").orElseThrow(() -> new ApiException(ApiException.Code.BAD_PARAMETER,
                "parameter \"q\" (the words to search for) is required"));
        int from = 0;
        Optional<String> cursor = cursor(ctx);
        if (cursor.isPresent()) {
            String value = decodeOwnCursor("search", cursor.get());
            int bar = value.indexOf('|');
            try {
                from = Integer.parseInt(value.substring(0, Math.max(bar, 0)));
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (bar < 0 || from < 0 || from >= MAX_SEARCH_RANK || !value.substring(bar + 1).equals(q)) {
                throw new ApiException(ApiException.Code.BAD_CURSOR, "invalid cursor: not a cursor of this search");
            }
        }
        List<SearchHit> hits;
        try {
            hits = store.search(q, Math.min(MAX_SEARCH_RANK, from + limit + 1));
        } catch (org.storyline.store.StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ApiException(ApiException.Code.BAD_PARAMETER, "cannot run this search (" + e.getMessage()
                    + "); use fewer wildcards");
        }
        var titles = new java.util.HashMap<String, Optional<String>>();
        var items = new ArrayList<ObjectNode>();
        for (SearchHit h : hits.subList(Math.min(from, hits.size()), Math.min(hits.size(), from + limit))) {
            ObjectNode o = json.createObjectNode();
            o.put("article", h.articleId());
            o.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
            o.put("start", h.span().start());
            o.put("end", h.span().end());
            o.put("snippet", h.text().length() > 400 ? h.text().substring(0, 400) + "…" : h.text());
            o.put("title", titles.computeIfAbsent(h.articleId(),
                    id -> store.article(id).flatMap(a -> a.article().title())).orElse(null));
            o.put("score", h.score());
            items.add(o);
        }
        boolean more = hits.size() > from + limit && from + limit < MAX_SEARCH_RANK;
        send(ctx, 200, list(items, more ? Optional.of(ownCursor("search", (from + limit) + "|" + q))
                : Optional.empty(), limit));
    }
}
