package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.ApiJson;

/**
 * What the device may answer to newRemoteCall: {@code {"sessionReferenceId": ...}}; lenient: any
 * body that is not such an object gives an empty reply.
 *
 * <p>Lenient because the reply is optional and a device that answers 200 with an empty or
 * non-JSON body must still get its call. The value is kept only when it is a string of at most
 * 256 characters or a number (the types the REST requests accept), since it is copied into every
 * later webhook of the call; anything else is dropped.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRemoteCallReply(JsonNode sessionReferenceId) {

    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_REFERENCE = 256;
    private static final NewRemoteCallReply EMPTY = new NewRemoteCallReply(null);

    /** A reply without a sessionReferenceId. */
    public static NewRemoteCallReply empty() {
        return EMPTY;
    }

    /** Reads a webhook response body; never throws. */
    public static NewRemoteCallReply parse(byte[] body) {
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return EMPTY;
        }
        JsonNode root;
        try {
            root = ApiJson.mapper().readTree(body);
        } catch (Exception e) {
            return EMPTY;
        }
        if (root == null || !root.isObject()) {
            return EMPTY;
        }
        JsonNode value = root.get("sessionReferenceId");
        if (value == null) {
            return EMPTY;
        }
        boolean keep = value.isNumber() || value.isTextual() && value.textValue().length() <= MAX_REFERENCE;
        return keep ? new NewRemoteCallReply(value) : EMPTY;
    }
}
