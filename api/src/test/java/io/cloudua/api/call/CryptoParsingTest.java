package io.cloudua.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoParsingTest {

    static final String KEY = PlaceRemoteCallParsingTest.KEY;

    static ObjectNode withCrypto(String suite, Object id, String config) {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        ObjectNode c = o.putArray("crypto").addObject();
        c.put("suite", suite);
        if (id instanceof Integer i) {
            c.put("id", i);
        } else if (id != null) {
            c.put("id", id.toString());
        }
        c.put("config", config);
        return o;
    }

    static List<String> errorFields(ObjectNode o) {
        return PlaceRemoteCallParsingTest.parse(o).errors().stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32", "AES_192_CM_HMAC_SHA1_80",
        "AES_192_CM_HMAC_SHA1_32", "AES_256_CM_HMAC_SHA1_80", "AES_256_CM_HMAC_SHA1_32", "AEAD_AES_128_GCM",
        "AEAD_AES_256_GCM"})
    void acceptsKnownSuites(String suite) {
        assertThat(PlaceRemoteCallParsingTest.ok(withCrypto(suite, 1, KEY)).crypto().get(0).suite()).isEqualTo(suite);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NULL", "F8_128_HMAC_SHA1_80", "aes_cm_128_hmac_sha1_80"})
    void rejectsUnknownSuites(String suite) {
        assertThat(errorFields(withCrypto(suite, 1, KEY))).containsExactly("crypto[0].suite");
    }

    @Test
    void tagBounds() {
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 999_999_999, KEY))).isEmpty();
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 0, KEY))).containsExactly("crypto[0].id");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1_000_000_000, KEY))).containsExactly("crypto[0].id");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", "1", KEY))).containsExactly("crypto[0].id");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", null, KEY))).containsExactly("crypto[0].id");
    }

    @Test
    void configRules() {
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1, ""))).containsExactly("crypto[0].config");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1, "inline:abc UNENCRYPTED_SRTP")))
                .containsExactly("crypto[0].config");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1, "inline:abc\r\na=evil")))
                .containsExactly("crypto[0].config");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1, "inline:abc\tdef"))).containsExactly("crypto[0].config");
        assertThat(errorFields(withCrypto("AEAD_AES_128_GCM", 1, "x".repeat(1025)))).containsExactly("crypto[0].config");
    }

    @Test
    void absentNullOrEmptyMeansNone() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        o.remove("crypto");
        assertThat(PlaceRemoteCallParsingTest.ok(o).crypto()).isEmpty();
        assertThat(PlaceRemoteCallParsingTest.ok(o.putNull("crypto")).crypto()).isEmpty();
        o.putArray("crypto");
        assertThat(PlaceRemoteCallParsingTest.ok(o).crypto()).isEmpty();
    }

    @Test
    void notAnArray() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        o.putObject("crypto");
        assertThat(errorFields(o)).containsExactly("crypto");
        assertThat(errorFields(o.put("crypto", "inline:x"))).containsExactly("crypto");
    }

    @Test
    void elementsMustBeObjects() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        ArrayNode a = o.putArray("crypto");
        a.add("x");
        a.addObject().put("suite", "AEAD_AES_128_GCM").put("id", 2).put("config", KEY);
        a.addNull();
        assertThat(errorFields(o)).containsExactly("crypto[0]", "crypto[2]");
    }

    @Test
    void atMostEightEntries() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        ArrayNode a = o.putArray("crypto");
        for (int i = 1; i <= 8; i++) {
            a.addObject().put("suite", "AEAD_AES_128_GCM").put("id", i).put("config", KEY);
        }
        assertThat(PlaceRemoteCallParsingTest.ok(o).crypto()).hasSize(8);
        a.addObject().put("suite", "AEAD_AES_128_GCM").put("id", 9).put("config", KEY);
        assertThat(errorFields(o)).containsExactly("crypto");
    }

    @Test
    void tagsMustBeUnique() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        ArrayNode a = o.putArray("crypto");
        a.addObject().put("suite", "AEAD_AES_128_GCM").put("id", 1).put("config", KEY);
        a.addObject().put("suite", "AES_CM_128_HMAC_SHA1_80").put("id", 1).put("config", KEY);
        assertThat(errorFields(o)).containsExactly("crypto[1].id");
    }

    @Test
    void allElementErrorsAreNamed() {
        ObjectNode o = PlaceRemoteCallParsingTest.valid();
        o.putArray("crypto").addObject();
        assertThat(errorFields(o)).containsExactly("crypto[0].suite", "crypto[0].id", "crypto[0].config");
    }

    @Test
    void toStringRedactsKey() {
        assertThat(new Crypto("AEAD_AES_128_GCM", 1, KEY).toString()).doesNotContain("WVNf");
    }
}
