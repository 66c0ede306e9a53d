package io.cloudua.api.validation;

import io.cloudua.api.error.FieldError;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of reading an untrusted request body: either the typed value or every field error
 * found. Bad input is data, not an exception, so the HTTP edge maps {@link Invalid} to a 400
 * {@link io.cloudua.api.error.ErrorBody} with one {@code switch}, and nothing on the request path
 * pays for stack traces provoked by clients.
 */
public sealed interface Validated<T> {

    /** A valid value. */
    record Ok<T>(T value) implements Validated<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The input was rejected; {@code errors} is never empty. */
    record Invalid<T>(List<FieldError> errors) implements Validated<T> {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("Invalid needs at least one error");
            }
        }
    }

    static <T> Validated<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Validated<T> invalid(List<FieldError> errors) {
        return new Invalid<>(errors);
    }

    static <T> Validated<T> invalid(String field, String message) {
        return new Invalid<>(List.of(new FieldError(field, message)));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The errors, or an empty list when valid. */
    default List<FieldError> errors() {
        return this instanceof Invalid<T> invalid ? invalid.errors() : List.of();
    }

    /** Transforms a valid value; errors pass through unchanged. */
    default <R> Validated<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Invalid<>(errors());
    }
}
