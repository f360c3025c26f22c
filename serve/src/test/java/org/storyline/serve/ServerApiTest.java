package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.store.Store;

/**
 * The JSON API against a real server on a free port over a hand-built store ({@link ServeFixtures}); articles are
 * posted through a clean-only pipeline so that no NLP model loads.
 */
class ServerApiTest {
    static final int BODY_LIMIT = 64 * 1024;
    @TempDir
    static Path temp;
    static Store store;
    static StorylineServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static final List<String> stored = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        store = ServeFixtures.store(temp.resolve("store"));
        server = StorylineServer.start(store, ServerConfig.defaults().withPort(0).withMaxBodyBytes(BODY_LIMIT)
                .withPipeline(() -> new ExtractPipeline(PipelineConfig.cleanOnlyDefaults()))
                .withOnStored(a -> stored.add(a.article().id())));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {}

    static Reply get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).GET().build());
    }

    static Reply post(String contentType, byte[] body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    static Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                ? json.readTree(r.body()) : null;
        return new Reply(r.statusCode(), body, r);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> field(JsonNode items, String name) {
        var list = new ArrayList<String>();
        items.forEach(i -> list.add(i.path(name).asText()));
        return list;
    }

    static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.body()).as("JSON error body").isNotNull();
        assertThat(r.body().path("error").path("code").asText()).isEqualTo(code);
        assertThat(r.body().path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void articlesArePagedWithAnOpaqueCursorUntilNextIsNull() throws Exception {
        Reply first = get("/api/articles?limit=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(field(first.body().get("items"), "id")).containsExactly("a1", "a2");
        assertThat(first.body().get("limit").asInt()).isEqualTo(2);
        String next = first.body().get("next").asText();
        Reply second = get("/api/articles?limit=2&cursor=" + q(next));
        // articles posted by other tests come after the fixtures
        assertThat(field(second.body().get("items"), "id").get(0)).isEqualTo("x1");
        var all = new ArrayList<String>();
        for (String cursor = null; ; ) {
            Reply page = get("/api/articles?limit=1" + (cursor == null ? "" : "&cursor=" + q(cursor)));
            all.addAll(field(page.body().get("items"), "id"));
            if (page.body().get("next").isNull()) {
                break;
            }
            cursor = page.body().get("next").asText();
        }
        assertThat(all).startsWith("a1", "a2", "x1").doesNotHaveDuplicates();
        assertThat(all).hasSize((int) store.count(org.storyline.store.StoreTable.ARTICLES));
        assertThat(first.body().get("items").get(0).get("story").asText()).isEqualTo("s1");
        assertThat(field(get("/api/articles?outlet=" + q("Kestrian Herald")).body().get("items"), "id"))
                .containsExactly("a2");
        assertThat(field(get("/api/articles?story=s2").body().get("items"), "id")).containsExactly("x1");
    }

    @Test
    void anArticleIsTheContractObjectWithSpansIntoItsText() throws Exception {
        Reply r = get("/api/articles/a1");
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.body();
        var names = new ArrayList<String>();
        a.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "source", "status", "title", "published", "outlet", "authors",
                "language", "url", "text", "entities", "actors", "quotes", "dates", "events", "story");
        String text = a.get("text").asText();
        for (String list : List.of("entities", "quotes", "dates")) {
            assertThat(a.get(list)).isNotEmpty();
            for (JsonNode item : a.get(list)) {
                assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
                        .isEqualTo(item.get("text").asText());
            }
        }
        JsonNode event = a.get("events").get(0);
        assertThat(text.substring(event.at("/trigger/start").asInt(), event.at("/trigger/end").asInt()))
                .isEqualTo("accused");
        assertThat(event.at("/source/0/actor").asText()).isEqualTo("country:valdria");
        assertThat(a.at("/quotes/0/speaker/name").asText()).isEqualTo("Greta Ansel");
        assertThat(a.get("story").asText()).isEqualTo("s1");
        assertThat(a.get("published").asText()).isEqualTo("2025-03-19");
    }

    @Test
    void unknownIdsAndRoutesAre404JsonErrors() throws Exception {
        assertError(get("/api/articles/nope"), 404, "NOT_FOUND");
        assertError(get("/api/stories/nope"), 404, "NOT_FOUND");
        assertError(get("/api/nothing-here"), 404, "NOT_FOUND");
        assertError(send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles/a1"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build()), 404, "NOT_FOUND");
    }

    @Test
    void storiesListTheirActivityAndServeTheirSectionThreeJson() throws Exception {
        Reply list = get("/api/stories?limit=1");
        assertThat(field(list.body().get("items"), "id")).containsExactly("s1");
        JsonNode s1 = list.body().get("items").get(0);
        assertThat(s1.get("articles").asInt()).isEqualTo(2);
        assertThat(s1.get("disputes").asInt()).isEqualTo(1);
        assertThat(s1.get("activity").toString())
                .isEqualTo("[{\"date\":\"2025-03-18\",\"items\":1},{\"date\":\"2025-03-19\",\"items\":2}]");
        Reply rest = get("/api/stories?limit=1&cursor=" + q(list.body().get("next").asText()));
        assertThat(field(rest.body().get("items"), "id")).containsExactly("s2");
        assertThat(rest.body().get("next").isNull()).isTrue();

        JsonNode story = get("/api/stories/s1").body();
        assertThat(story.get("timeline")).hasSize(2);
        assertThat(story.at("/disputes/0/sides")).hasSize(2);
        assertThat(story.get("articles").toString()).isEqualTo("[\"a1\",\"a2\"]");
    }

    @Test
    void eventsFilterByActorTypeDatesOutletAndStory() throws Exception {
        assertThat(field(get("/api/events").body().get("items"), "type")).containsExactly("ACCUSE", "REJECT",
                "THREATEN");
        assertThat(field(get("/api/events?type=reject").body().get("items"), "article")).containsExactly("a2");
        assertThat(field(get("/api/events?actor=country:kestria").body().get("items"), "article"))
                .containsExactly("a1", "a2");
        assertThat(field(get("/api/events?from=2025-03-19&to=2025-03-31").body().get("items"), "article"))
                .containsExactly("a2");
        assertThat(field(get("/api/events?outlet=" + q("The Elsin Courier")).body().get("items"), "article"))
                .containsExactly("a1");
        assertThat(field(get("/api/events?story=s2").body().get("items"), "article")).containsExactly("x1");
        Reply paged = get("/api/events?limit=2");
        assertThat(paged.body().get("items")).hasSize(2);
        assertThat(field(get("/api/events?limit=2&cursor=" + q(paged.body().get("next").asText())).body()
                .get("items"), "article")).containsExactly("x1");
        JsonNode e = get("/api/events?type=ACCUSE").body().at("/items/0");
        assertThat(e.get("outlet").asText()).isEqualTo("The Elsin Courier");
        assertThat(e.at("/sentence/start").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?type=EXPLODE", "/api/events?from=yesterday", "/api/events?from=2025-02-30",
            "/api/events?from=2025-04-01&to=2025-03-01", "/api/events?limit=0", "/api/events?limit=1001",
            "/api/events?limit=ten", "/api/events?colour=red", "/api/articles?limit=-1", "/api/search",
            "/api/search?q=convoy&limit=101", "/api/articles/a1?verbose=1", "/api/events?type=ACCUSE&type=REJECT"})
    void badParametersAre400(String path) throws Exception {
        assertError(get(path), 400, "BAD_PARAMETER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?cursor=garbage", "/api/articles?cursor=%25%25", "/api/quotes?cursor=e30",
            "/api/stories?cursor=bm9wZQ", "/api/actors?cursor=WyJhcnRpY2xlcyIsMV0", "/api/search?q=x&cursor=abc"})
    void foreignOrBrokenCursorsAre400(String path) throws Exception {
        assertError(get(path), 400, "BAD_CURSOR");
    }

    @Test
    void aCursorOfAnotherListIsRefused() throws Exception {
        String articles = get("/api/articles?limit=1").body().get("next").asText();
        assertError(get("/api/events?cursor=" + q(articles)), 400, "BAD_CURSOR");
    }

    @Test
    void quotesBySpeakerAndActorsWithCounts() throws Exception {
        JsonNode quotes = get("/api/quotes?speaker=" + q("greta ansel")).body().get("items");
        assertThat(field(quotes, "text")).containsExactly("We will not back down");
        assertThat(quotes.get(0).at("/speaker/actor").asText()).isEqualTo("person:greta-ansel");
        assertThat(get("/api/quotes?speaker=nobody").body().get("items")).isEmpty();
        JsonNode actors = get("/api/actors").body().get("items");
        assertThat(field(actors, "id")).containsExactly("country:borvia", "country:kestria", "country:valdria",
                "person:greta-ansel");
        assertThat(actors.get(2).get("articles").asInt()).isEqualTo(2);
        assertThat(field(get("/api/actors?name=kest").body().get("items"), "id")).containsExactly("country:kestria");
    }

    @Test
    void searchHitsNameTheArticleAndASpanOfItsText() throws Exception {
        JsonNode hits = get("/api/search?q=convoy").body().get("items");
        assertThat(hits).isNotEmpty();
        var articles = new TreeSet<String>();
        for (JsonNode h : hits) {
            articles.add(h.get("article").asText());
            if (!h.get("kind").asText().equals("article")) {
                String text = get("/api/articles/" + h.get("article").asText()).body().get("text").asText();
                assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt()))
                        .startsWith(h.get("snippet").asText().replace("…", ""));
            }
        }
        assertThat(articles).contains("a1", "a2");
        Reply one = get("/api/search?q=convoy&limit=1");
        assertThat(one.body().get("items")).hasSize(1);
        Reply next = get("/api/search?q=convoy&limit=1&cursor=" + q(one.body().get("next").asText()));
        assertThat(next.body().get("items")).hasSize(1);
        assertThat(next.body().at("/items/0").toString()).isNotEqualTo(one.body().at("/items/0").toString());
        assertError(get("/api/search?q=other&cursor=" + q(one.body().get("next").asText())), 400, "BAD_CURSOR");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        Reply r = get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("openapi").asText()).startsWith("3.");
        Set<String> paths = new TreeSet<>();
        r.body().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/articles", "/api/articles/{id}", "/api/stories",
                "/api/stories/{id}", "/api/events", "/api/quotes", "/api/actors", "/api/search", "/api/openapi.json");
        assertThat(r.body().at("/paths/~1api~1articles/post/responses/413")).isNotEmpty();
        // every $ref resolves
        var refs = new ArrayList<String>();
        collectRefs(r.body(), refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(r.body().at(ref.substring(1))).as(ref).isNotEmpty();
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.equals("$ref")) {
                    refs.add(node.get(name).asText());
                } else {
                    collectRefs(node.get(name), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    @Test
    void postedArticlesAreExtractedStoredAndReturned() throws Exception {
        String body = "{\"id\": \"posted-1\", \"title\": \"Posted\", \"outlet\": \"API Times\", "
                + "\"published\": \"2025-05-01\", \"text\": \"A posted article about the convoy.\\n\\nIt has two "
                + "paragraphs of text so that the cleaner keeps it as an article body.\"}";
        Reply created = post("application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("id").asText()).isEqualTo("posted-1");
        assertThat(created.body().get("outlet").asText()).isEqualTo("API Times");
        assertThat(created.body().get("source").asText()).isEqualTo("api:POST /api/articles");
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/articles/posted-1");
        assertThat(get("/api/articles/posted-1").body().get("title").asText()).isEqualTo("Posted");
        Reply again = post("application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).isEqualTo(200);
        assertThat(stored).as("the story hook sees each new article once").containsOnlyOnce("posted-1");

        String html = "<html><head><title>An HTML page</title></head><body><article><h1>An HTML page</h1>"
                + "<p>Its first paragraph is long enough to be the body of a news article about something.</p>"
                + "<p>Its second paragraph says more about that something, at some length, for the cleaner.</p>"
                + "</article></body></html>";
        Reply page = post("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.raw().body()).isEqualTo(201);
        assertThat(page.body().get("text").asText()).contains("Its first paragraph");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertError(post("application/json", "{\"text\": \"unterminated".getBytes(StandardCharsets.UTF_8)), 400,
                "MALFORMED_JSON");
        assertError(post("application/json", "{\"text\": \"a\"} trailing".getBytes(StandardCharsets.UTF_8)), 400,
                "MALFORMED_JSON");
        assertError(post("application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), 400, "INVALID_ARTICLE");
        assertError(post("application/json", "{\"title\": \"no body\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "INVALID_ARTICLE");
        assertError(post("application/json", "{\"text\": 42}".getBytes(StandardCharsets.UTF_8)), 400,
                "INVALID_ARTICLE");
        assertError(post("application/json", "[".repeat(5000).getBytes(StandardCharsets.UTF_8)), 400,
                "MALFORMED_JSON");
        assertError(post("application/json", new byte[0]), 400, "INVALID_ARTICLE");
        assertError(post("text/csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        byte[] big = ("{\"text\": \"" + "x".repeat(BODY_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(post("application/json", big), 413, "BODY_TOO_LARGE");
        // without Content-Length (chunked): refused once the limit is passed
        var chunked = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        assertError(send(chunked), 413, "BODY_TOO_LARGE");
    }

    @Test
    void anArticleThePipelineRejectsIs422WithTheRejectionCode() throws Exception {
        Reply r = post("text/html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));
        assertError(r, 422, "ARTICLE_REJECTED");
        assertThat(r.body().at("/error/rejection").asText()).isNotBlank();
        assertThat(r.body().at("/error/message").asText()).doesNotContain("storyline-post-");
    }

    /** Sends the request line as given, byte for byte (no client normalises the path), and returns the response. */
    static String raw(String target) throws IOException {
        URI base = URI.create(server.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../etc/passwd", "/assets/../../etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
            "/assets/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/assets/..%5c..%5cetc%5cpasswd", "/assets/....//....//etc/passwd", "/assets/%252e%252e/etc/passwd",
            "/assets/app.js%00.html", "/assets//etc/passwd", "/assets/assets.txt/../../../../etc/passwd",
            "/assets/../pom.xml", "/assets/org/storyline/serve/StorylineServer.class"})
    void pathTraversalOnStaticRoutesIsRefused(String target) throws Exception {
        String response = raw(target);
        int status = Integer.parseInt(response.substring(9, 12));
        assertThat(status).as(target + " -> " + response.lines().findFirst().orElse("")).isIn(400, 404);
        assertThat(response).doesNotContain("root:").doesNotContain("<project").doesNotContain("CAFEBABE");
    }

    @Test
    void theUiIsServedFromTheClasspathWithAContentSecurityPolicy() throws Exception {
        Reply index = get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.raw().body()).contains("<script type=\"module\" src=\"/assets/app.js\">");
        assertThat(index.raw().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(index.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        Reply js = get("/assets/app.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.raw().body()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
        assertThat(raw("/assets/app.js")).startsWith("HTTP/1.1 200");
        assertError(get("/assets/nope.js"), 404, "NOT_FOUND");
    }

    @Test
    void noAssetUsesMarkupSinksOrRemoteUrls() {
        var assets = new org.storyline.serve.internal.StaticAssets();
        for (String name : assets.names()) {
            String text = new String(assets.get(name).orElseThrow().bytes(), StandardCharsets.UTF_8)
                    .replace("\"http://www.w3.org/2000/svg\"", "SVG_NAMESPACE");
            if (name.endsWith(".js") || name.endsWith(".html")) {
                assertThat(text).as(name).doesNotContain("innerHTML").doesNotContain("outerHTML")
                        .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("https://")
                        .doesNotContain("http://");
            }
        }
        assertThat(assets.names()).contains("index.html", "app.js", "openapi.json");
    }
}
