package org.storyline.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque tokens of {@link org.storyline.store.StoreQueries}: base64url of a JSON array whose first element names
 * the list and whose others are the last item's key. Callers treat them as opaque; a token of another list, or bytes
 * that are not a token, are refused with {@link IllegalArgumentException}.
 */
final class PageTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKEN_CHARS = 4096;

    private PageTokens() {}

    static String encode(String list, List<Object> key) {
        ArrayNode array = JSON.createArrayNode();
        array.add(list);
        for (Object value : key) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof Integer i) {
                array.add(i);
            } else if (value instanceof Long l) {
                array.add(l);
            } else {
                array.add(value.toString());
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key values of a token of {@code list} with {@code size} values, as JSON nodes. */
    static List<JsonNode> decode(String list, String token, int size) {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("invalid cursor: too long (" + token.length() + " characters)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new IllegalArgumentException("invalid cursor: not a cursor this server made", e);
        }
        if (node == null || !node.isArray() || node.size() != size + 1 || !list.equals(node.get(0).asText())) {
            throw new IllegalArgumentException("invalid cursor: not a cursor of the " + list + " list");
        }
        var values = new java.util.ArrayList<JsonNode>();
        for (int i = 1; i <= size; i++) {
            values.add(node.get(i));
        }
        return values;
    }

    static String text(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("invalid cursor: a key value is not text");
        }
        return node.asText();
    }

    static long number(JsonNode node) {
        if (node == null || !node.canConvertToLong()) {
            throw new IllegalArgumentException("invalid cursor: a key value is not a number");
        }
        return node.asLong();
    }
}
