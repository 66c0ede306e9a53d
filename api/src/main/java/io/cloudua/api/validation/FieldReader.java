package io.cloudua.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads typed fields out of a JSON object while collecting, rather than throwing, every error.
 *
 * <p>Each accessor returns the value or {@code null}; on a problem it records a
 * {@link FieldError} naming the field's JSON path and also returns {@code null}, so a parser can
 * read all fields straight through and build its record once at the end (see
 * {@link #read(byte[], Function)}). JSON {@code null} counts as absent. Nested readers
 * ({@link #nested}) share the error list and prefix their paths, e.g. {@code crypto[0].suite}.
 */
public final class FieldReader {

    private final ObjectNode object;
    private final String prefix;
    private final List<FieldError> errors;

    private FieldReader(ObjectNode object, String prefix, List<FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** A reader over a top-level object. */
    public static FieldReader of(ObjectNode object) {
        return new FieldReader(object, "", new ArrayList<>());
    }

    /**
     * Parses {@code body} as a JSON object and hands it to {@code build}; the result is the built
     * value when no field error was recorded, otherwise every error.
     */
    public static <T> Validated<T> read(byte[] body, Function<FieldReader, T> build) {
        Validated<ObjectNode> parsed = JsonBody.parseObject(body);
        if (!(parsed instanceof Validated.Ok<ObjectNode> ok)) {
            return Validated.invalid(parsed.errors());
        }
        FieldReader reader = of(ok.value());
        T value = build.apply(reader);
        return reader.errors.isEmpty() ? Validated.ok(value) : Validated.invalid(reader.errors);
    }

    /** A reader over {@code child}, found at {@code path} (e.g. {@code crypto[0]}), sharing errors. */
    public FieldReader nested(ObjectNode child, String path) {
        return new FieldReader(child, prefix + path + ".", errors);
    }

    /** The full JSON path of {@code name} in this reader. */
    public String path(String name) {
        return prefix + name;
    }

    /** Records an error on {@code name}. */
    public void reject(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The raw value, or {@code null} when absent or JSON null. */
    public JsonNode node(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** A string; required ones must also be non-empty. */
    public String string(String name, boolean required) {
        JsonNode node = present(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            reject(name, "must be a string");
            return null;
        }
        String value = node.textValue();
        if (required && value.isEmpty()) {
            reject(name, "must not be empty");
            return null;
        }
        return value;
    }

    /** A string that must also satisfy {@code rule}, else {@code message} is recorded. */
    public String string(String name, boolean required, Predicate<String> rule, String message) {
        String value = string(name, required);
        if (value != null && !rule.test(value)) {
            reject(name, message);
            return null;
        }
        return value;
    }

    /** One of {@code allowed}, matched ignoring case, returned in the spelling of {@code allowed}. */
    public String choice(String name, boolean required, List<String> allowed) {
        String value = string(name, required);
        if (value == null) {
            return null;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        reject(name, "must be one of " + String.join(", ", allowed));
        return null;
    }

    /** A JSON integer in {@code min..max}. */
    public Integer integer(String name, boolean required, int min, int max) {
        JsonNode node = present(name, required);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            reject(name, "must be an integer");
            return null;
        }
        return inRange(name, node.canConvertToLong() ? node.longValue() : Long.MAX_VALUE, min, max);
    }

    /** Like {@link #integer} but a JSON string of decimal digits is accepted too. */
    public Integer integerOrDigits(String name, boolean required, int min, int max) {
        JsonNode node = node(name);
        if (node == null || !node.isTextual()) {
            return integer(name, required, min, max);
        }
        String text = node.textValue();
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            reject(name, "must be an integer");
            return null;
        }
        return inRange(name, Long.parseLong(text), min, max);
    }

    /** An optional JSON boolean. */
    public Boolean bool(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            reject(name, "must be a boolean");
            return null;
        }
        return node.booleanValue();
    }

    /** A JSON array. */
    public ArrayNode array(String name, boolean required) {
        JsonNode node = present(name, required);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ArrayNode array)) {
            reject(name, "must be an array");
            return null;
        }
        return array;
    }

    private JsonNode present(String name, boolean required) {
        JsonNode node = node(name);
        if (node == null && required) {
            reject(name, "is required");
        }
        return node;
    }

    private Integer inRange(String name, long value, int min, int max) {
        if (value < min || value > max) {
            reject(name, "must be between " + min + " and " + max);
            return null;
        }
        return (int) value;
    }
}
