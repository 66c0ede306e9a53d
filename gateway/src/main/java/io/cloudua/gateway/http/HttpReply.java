package io.cloudua.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cloudua.api.ApiJson;
import io.cloudua.api.error.ErrorBody;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, extra headers and a body. */
public record HttpReply(int status, Map<String, String> headers, byte[] body, String contentType) {

    private static final byte[] EMPTY = new byte[0];

    public static HttpReply json(int status, Object value) {
        try {
            return new HttpReply(status, new LinkedHashMap<>(), ApiJson.mapper().writeValueAsBytes(value), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a reply", e);
        }
    }

    public static HttpReply error(int status, String error, String message) {
        return json(status, ErrorBody.of(error, message));
    }

    public static HttpReply text(int status, String text, String contentType) {
        return new HttpReply(status, new LinkedHashMap<>(), text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public static HttpReply empty(int status) {
        return new HttpReply(status, new LinkedHashMap<>(), EMPTY, null);
    }

    /** The same reply with one more header. */
    public HttpReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, copy, body, contentType);
    }
}
