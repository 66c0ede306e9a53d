package io.cloudua.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** Test helpers: JSON written with single quotes for readability. */
public final class TestJson {

    private TestJson() {
    }

    /** {@code text} with ' replaced by ", as UTF-8 bytes. */
    public static byte[] body(String text) {
        return text.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    /** Serialises {@code value} with the shared mapper and reads it back as a tree. */
    public static JsonNode tree(Object value) {
        try {
            return ApiJson.mapper().readTree(ApiJson.mapper().writeValueAsString(value));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Parses {@code text} (single quotes allowed) as a tree. */
    public static JsonNode parse(String text) {
        try {
            return ApiJson.mapper().readTree(body(text));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
