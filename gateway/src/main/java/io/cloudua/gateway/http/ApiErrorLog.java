package io.cloudua.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.ApiJson;
import io.cloudua.gateway.logging.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per API error reply (status 400 and up) on the logger {@code io.cloudua.api}: method,
 * route pattern, status, the error code of the JSON body, the names of the fields a 400 rejected, and the
 * callId/traceId of the call the request was about, when the route named one.
 *
 * <p>Deliberately left out: the raw path (it may carry a domain an attacker probes with), headers (bearer
 * tokens, Basic credentials), request bodies (replyIds, SRTP keys) and the error message (it may echo input).
 */
final class ApiErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.cloudua.api");

    private ApiErrorLog() { }

    static void log(String method, String route, HttpReply reply, Map<String, String> ids) {
        if (reply.status() < 400 || !LOG.isInfoEnabled()) {
            return;
        }
        JsonNode body = parse(reply.body());
        LogLine line = LogLine.of("api error").with("method", method).with("route", route).with("status", reply.status())
                .with("error", body.path("error").isTextual() ? body.path("error").asText() : null)
                .with("fields", fieldNames(body))
                .with("callId", ids.get(RequestLogContext.CALL_ID))
                .with("traceId", ids.get(RequestLogContext.TRACE_ID));
        if (reply.status() >= 500) {
            line.warn(LOG);
        } else {
            line.info(LOG);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? ApiJson.mapper().missingNode() : ApiJson.mapper().readTree(body);
        } catch (java.io.IOException e) {
            return ApiJson.mapper().missingNode();
        }
    }

    private static String fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("fields").forEach(f -> {
            if (f.path("field").isTextual()) {
                names.add(f.path("field").asText());
            }
        });
        return names.isEmpty() ? null : String.join(",", names);
    }
}
