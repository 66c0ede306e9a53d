package io.cloudua.api.domain;

import io.cloudua.api.validation.FieldReader;
import java.util.function.Predicate;

/**
 * The identifier rule shared by every update body ({@code PUT .../:name}): the body may omit its
 * identifier field, which then comes from the path, but if present it must equal the path.
 * Renaming through an update would otherwise make the path and the stored row disagree.
 */
final class PathKey {

    private PathKey() {
    }

    /** The identifier to use, or null after recording an error on {@code field}. */
    static String resolve(FieldReader r, String field, String pathValue,
                          Predicate<String> rule, String message) {
        String inBody = r.string(field, false);
        if (inBody == null && r.node(field) != null) {
            return null;
        }
        if (inBody != null && !inBody.equals(pathValue)) {
            r.reject(field, "must equal the " + field + " in the path");
            return null;
        }
        if (pathValue == null || !rule.test(pathValue)) {
            r.reject(field, message);
            return null;
        }
        return pathValue;
    }
}
