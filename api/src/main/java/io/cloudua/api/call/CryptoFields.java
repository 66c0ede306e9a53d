package io.cloudua.api.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.validation.FieldReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code crypto} array of the place and answer bodies.
 *
 * <p>Each element becomes an {@code a=crypto} line of our SDP, so the rules keep it to what
 * RFC 4568 allows and what cannot break the SDP: a known suite, a tag 1..999999999 that is
 * unique in the list, and a config of visible ASCII without spaces (no CR/LF injection into the
 * SDP body), at most {@link #MAX_CONFIG} characters; at most {@link #MAX_ENTRIES} entries.
 */
final class CryptoFields {

    static final int MAX_ENTRIES = 8;
    static final int MAX_CONFIG = 1024;
    static final List<String> SUITES = List.of(
            "AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32",
            "AES_192_CM_HMAC_SHA1_80", "AES_192_CM_HMAC_SHA1_32",
            "AES_256_CM_HMAC_SHA1_80", "AES_256_CM_HMAC_SHA1_32",
            "AEAD_AES_128_GCM", "AEAD_AES_256_GCM");

    private CryptoFields() {
    }

    /** The crypto list; empty when absent, null or empty; errors go to {@code reader}. */
    static List<Crypto> read(FieldReader reader) {
        ArrayNode array = reader.array("crypto", false);
        if (array == null) {
            return List.of();
        }
        if (array.size() > MAX_ENTRIES) {
            reader.reject("crypto", "must have at most " + MAX_ENTRIES + " entries");
            return List.of();
        }
        List<Crypto> out = new ArrayList<>();
        Set<Integer> tags = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "crypto[" + i + "]";
            JsonNode element = array.get(i);
            if (!(element instanceof ObjectNode object)) {
                reader.reject(path, "must be an object");
                continue;
            }
            FieldReader fields = reader.nested(object, path);
            String suite = fields.string("suite", true, SUITES::contains,
                    "must be one of " + String.join(", ", SUITES));
            Integer id = fields.integer("id", true, 1, 999_999_999);
            if (id != null && !tags.add(id)) {
                fields.reject("id", "must be unique in crypto");
            }
            String config = fields.string("config", true, CryptoFields::isConfig,
                    "must be 1.." + MAX_CONFIG + " visible ASCII characters without spaces");
            out.add(new Crypto(suite, id, config));
        }
        return out;
    }

    private static boolean isConfig(String text) {
        if (text.length() > MAX_CONFIG) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
