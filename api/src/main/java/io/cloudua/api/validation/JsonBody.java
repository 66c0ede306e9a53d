package io.cloudua.api.validation;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.ApiJson;
import java.io.IOException;

/**
 * Turns raw request bytes into a JSON object, or a single {@code body} field error.
 *
 * <p>Stricter than the shared mapper on purpose: a second value after the object
 * ({@code {}{}}) and duplicate keys ({@code {"codec":"PCMA","codec":"GSM"}}) are rejected, since
 * they are read differently by different JSON libraries and a proxy in front of us might have
 * validated the other reading. Bodies above {@link #MAX_BYTES} are refused before parsing.
 */
public final class JsonBody {

    /** The largest request body read; every body of the specs is far smaller. */
    public static final int MAX_BYTES = 64 * 1024;

    /** The field name used for errors about the body as a whole. */
    public static final String FIELD = "body";

    private static final ObjectReader READER = ApiJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private JsonBody() {
    }

    /** The body as a JSON object, or {@code body} errors: empty, too large, not JSON, not an object. */
    public static Validated<ObjectNode> parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            return Validated.invalid(FIELD, "must not be empty");
        }
        if (body.length > MAX_BYTES) {
            return Validated.invalid(FIELD, "must be at most " + MAX_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        } catch (IOException | RuntimeException e) {
            return Validated.invalid(FIELD, "must be valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return Validated.invalid(FIELD, "must not be empty");
        }
        if (!(node instanceof ObjectNode object)) {
            return Validated.invalid(FIELD, "must be a JSON object");
        }
        return Validated.ok(object);
    }
}
