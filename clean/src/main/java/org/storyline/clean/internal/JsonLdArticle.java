package org.storyline.clean.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * What a page's JSON-LD says about its article: headline, dates, publisher, authors and {@code articleBody}, read from
 * the first node typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting, any {@code *Article}) found in
 * the page's scripts, inside {@code @graph}, arrays, {@code mainEntity} and similar nestings; a WebPage node with a
 * headline or date stands in when there is none. With several article nodes (related articles listed too), the one
 * whose headline matches {@code <title>} wins. Broken JSON is skipped, never fatal.
 */
final class JsonLdArticle {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    Optional<String> headline = Optional.empty();
    Optional<String> datePublished = Optional.empty();
    Optional<String> dateCreated = Optional.empty();
    Optional<String> dateModified = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> articleBody = Optional.empty();
    List<String> authors = List.of();

    static JsonLdArticle read(List<String> scripts, String pageTitle) {
        JsonLdArticle ld = new JsonLdArticle();
        if (scripts.isEmpty()) {
            return ld;
        }
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (String script : scripts) {
            if (!script.contains("headline") && !script.contains("datePublished")
                    && !script.contains("author")) {
                continue;
            }
            JsonNode root = parse(script);
            if (root != null) {
                collect(root, articles, pages, 0);
            }
        }
        JsonNode article = pick(articles, pageTitle);
        JsonNode source = article != null ? article : pick(pages, pageTitle);
        if (source == null) {
            return ld;
        }
        ld.headline = text(source.get("headline")).or(() -> article != null ? text(source.get("name"))
                : Optional.empty());
        ld.datePublished = text(source.get("datePublished"));
        ld.dateCreated = text(source.get("dateCreated"));
        ld.dateModified = text(source.get("dateModified"));
        JsonNode pub = source.get("publisher");
        if (pub != null && pub.isArray() && pub.size() > 0) {
            pub = pub.get(0);
        }
        ld.publisher = pub == null ? Optional.empty() : pub.isTextual() ? text(pub) : text(pub.get("name"));
        ld.articleBody = text(source.get("articleBody")).map(b -> Parser.unescapeEntities(b, false));
        List<String> names = new ArrayList<>();
        authorNames(source.get("author"), names, 0);
        if (names.isEmpty()) {
            authorNames(source.get("creator"), names, 0);
        }
        ld.authors = names;
        return ld;
    }

    private static JsonNode parse(String script) {
        String s = script.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("<![CDATA[", "").replace("]]>", "").strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> pages, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, articles, pages, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = types(node.get("@type"));
        if (isArticleType(type)) {
            articles.add(node);
        } else if (type.contains("webpage") && (node.has("headline") || node.has("datePublished"))) {
            pages.add(node);
        }
        for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item",
                "hasPart")) {
            JsonNode child = node.get(key);
            if (child != null && (child.isObject() || child.isArray())) {
                collect(child, articles, pages, depth + 1);
            }
        }
    }

    private static boolean isArticleType(String types) {
        for (String t : types.split(" ")) {
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting")
                    || t.equals("report") || t.equals("socialmediaposting")) {
                return true;
            }
        }
        return false;
    }

    private static String types(JsonNode type) {
        if (type == null) {
            return "";
        }
        if (type.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode t : type) {
                sb.append(t.asText().toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", "")).append(' ');
            }
            return sb.toString().strip();
        }
        return type.asText().toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", "");
    }

    /** With several article nodes (related articles listed too), the one whose headline matches the title. */
    private static JsonNode pick(List<JsonNode> nodes, String pageTitle) {
        if (nodes.isEmpty()) {
            return null;
        }
        if (nodes.size() == 1 || pageTitle == null) {
            return nodes.get(0);
        }
        JsonNode best = nodes.get(0);
        double bestScore = -1;
        String title = HtmlMetadataExtractor.fold(pageTitle);
        for (JsonNode n : nodes) {
            Optional<String> h = text(n.get("headline"));
            double score = h.map(x -> HtmlMetadataExtractor.overlap(HtmlMetadataExtractor.fold(x), title)).orElse(0.0)
                    + (n.has("datePublished") ? 0.01 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = n;
            }
        }
        return best;
    }

    private static void authorNames(JsonNode node, List<String> out, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                authorNames(n, out, depth + 1);
            }
        } else if (node.isTextual()) {
            if (!node.asText().startsWith("http")) {
                out.add(node.asText());
            }
        } else if (node.isObject()) {
            String type = types(node.get("@type"));
            if (!type.contains("organization")) {
                text(node.get("name")).ifPresent(out::add);
            }
        }
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            return node.size() == 0 ? Optional.empty() : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        String s = node.asText();
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
