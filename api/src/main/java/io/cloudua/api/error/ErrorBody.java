package io.cloudua.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON error body of every REST error. {@code success} is always false (the call-control
 * spec answers every request with a {@code success} flag, so clients test that first),
 * {@code error} is a stable machine-readable code, {@code message} is for humans, and
 * {@code fields} (may be null, then omitted) names each rejected field of a 400.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(boolean success, String error, String message, List<FieldError> fields) {

    /** The error code of a body that failed validation. */
    public static final String INVALID_REQUEST = "invalid_request";

    public ErrorBody {
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** An error without field details, e.g. {@code of("not_found", "no such call")}. */
    public static ErrorBody of(String error, String message) {
        return new ErrorBody(false, error, message, null);
    }

    /**
     * A 400 body for a request whose fields failed validation; the message lists the distinct
     * field names in order, e.g. {@code "invalid fields: codec, receivePort"}.
     */
    public static ErrorBody invalid(List<FieldError> fields) {
        List<FieldError> copy = fields == null ? List.of() : new ArrayList<>(fields);
        Set<String> names = new LinkedHashSet<>();
        for (FieldError f : copy) {
            names.add(f.field());
        }
        return new ErrorBody(false, INVALID_REQUEST,
                "invalid fields: " + String.join(", ", names), copy);
    }
}
