package io.cloudua.sip.internal;

import java.util.List;

/**
 * A request refused before any handler saw it: the status and reason phrase, and the values of the one
 * header the status requires (Unsupported for 420, one option tag each; Retry-After for 503), if any.
 *
 * @param header the name of that header, or null
 * @param values its values, one header each
 */
record Rejection(int status, String reason, String header, List<String> values) {

    Rejection {
        values = values == null ? List.of() : List.copyOf(values);
    }

    static Rejection of(int status, String reason) {
        return new Rejection(status, reason, null, null);
    }
}
