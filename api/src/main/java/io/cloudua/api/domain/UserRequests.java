package io.cloudua.api.domain;

import io.cloudua.api.validation.FieldReader;
import io.cloudua.api.validation.Validated;
import java.util.regex.Pattern;

/**
 * Parses the create ({@code POST /v1/psip/:domain/users}) and update
 * ({@code PUT .../users/:key}) bodies of a digest user. The key is the digest username, so it is
 * kept to the spec's alphabet (lowercase letters, digits, '-'); the secret is 1..128 characters.
 */
public final class UserRequests {

    public static final int MAX_SECRET = 128;

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,64}");
    private static final String KEY_MESSAGE = "must be 1..64 lowercase letters, digits or '-'";

    private UserRequests() {
    }

    /** True for a valid user key. */
    public static boolean isKey(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    public static Validated<UserRequest> parseCreate(byte[] body) {
        return FieldReader.read(body, r -> new UserRequest(
                r.string("key", true, UserRequests::isKey, KEY_MESSAGE), secret(r)));
    }

    /** As {@link #parseCreate}; {@code key} may be omitted (= pathKey) but must equal it if present. */
    public static Validated<UserRequest> parseUpdate(byte[] body, String pathKey) {
        return FieldReader.read(body, r -> new UserRequest(
                PathKey.resolve(r, "key", pathKey, UserRequests::isKey, KEY_MESSAGE), secret(r)));
    }

    private static String secret(FieldReader r) {
        return r.string("secret", true, s -> s.length() <= MAX_SECRET,
                "must be 1.." + MAX_SECRET + " characters");
    }
}
