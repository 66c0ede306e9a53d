package io.cloudua.gateway.api;

import io.cloudua.api.error.ErrorBody;
import io.cloudua.api.error.FieldError;
import io.cloudua.gateway.http.HttpReply;
import java.util.List;
import java.util.Map;

/** The JSON replies the REST routes share, so every error has the same shape. */
final class Replies {
    private Replies() { }

    static HttpReply invalid(List<FieldError> errors) {
        return HttpReply.json(400, ErrorBody.invalid(errors));
    }

    static HttpReply invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    static HttpReply unauthorized(String scheme, String message) {
        return HttpReply.error(401, "unauthorized", message).withHeader("WWW-Authenticate", scheme);
    }

    static HttpReply forbidden(String message) {
        return HttpReply.error(403, "forbidden", message);
    }

    static HttpReply notFound(String message) {
        return HttpReply.error(404, "not_found", message);
    }

    static HttpReply conflict(String message) {
        return HttpReply.error(409, "conflict", message);
    }

    static HttpReply success() {
        return HttpReply.json(200, Map.of("success", true));
    }
}
