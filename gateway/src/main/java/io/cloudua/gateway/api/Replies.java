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

    /** 403 for a placed call to a host the domain's allowed_destinations does not list (toll-fraud guard). */
    static HttpReply destinationNotAllowed(String domain, String host) {
        String message = "domain " + domain + " may not call host " + host + " (not in allowed_destinations)";
        return HttpReply.json(403, new ErrorBody(false, "destination_not_allowed", message,
                List.of(new FieldError("destinationUri", message))));
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
