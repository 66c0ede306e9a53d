package io.cloudua.api.error;

/**
 * One rejected field of a request body: the JSON path of the field ({@code receivePort},
 * {@code crypto[0].suite}, or {@code body} when the body as a whole is unusable) and a short
 * human-readable reason.
 *
 * <p>Field errors are values, collected while a body is read, so that a client sees every
 * problem of its request in one 400 answer instead of fixing them one round trip at a time.
 */
public record FieldError(String field, String message) {
}
