package io.cloudua.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    @Test
    void acceptsObject() {
        Validated<?> v = JsonBody.parseObject(TestJson.body("{'a':1}"));
        assertThat(v.isOk()).isTrue();
    }

    @Test
    void nullAndEmptyAreBodyErrors() {
        assertThat(JsonBody.parseObject(null).errors()).extracting(FieldError::field).containsExactly("body");
        assertThat(JsonBody.parseObject(new byte[0]).errors()).extracting(FieldError::field).containsExactly("body");
        assertThat(JsonBody.parseObject("   ".getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(FieldError::field).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "1", "'x'", "null", "true", "not json", "{", "{'a':}", "{} {}",
        "{'a':1,'a':2}", "\u0000"})
    void rejectsNonObjects(String text) {
        Validated<?> v = JsonBody.parseObject(TestJson.body(text));
        assertThat(v.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("body"));
    }

    @Test
    void rejectsOversizedBody() {
        byte[] big = ("{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(JsonBody.parseObject(big).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("at most"));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(JsonBody.parseObject(bad).isOk()).isFalse();
    }
}
