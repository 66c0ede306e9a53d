package io.cloudua.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudua.api.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatedTest {

    @Test
    void okMaps() {
        Validated<Integer> v = Validated.ok("abc").map(String::length);
        assertThat(v).isEqualTo(new Validated.Ok<>(3));
        assertThat(v.errors()).isEmpty();
        assertThat(v.isOk()).isTrue();
    }

    @Test
    void invalidPassesErrorsThroughMap() {
        Validated<String> v = Validated.invalid("codec", "is required");
        Validated<Integer> mapped = v.map(String::length);
        assertThat(mapped.isOk()).isFalse();
        assertThat(mapped.errors()).containsExactly(new FieldError("codec", "is required"));
    }

    @Test
    void invalidNeedsErrors() {
        assertThatThrownBy(() -> new Validated.Invalid<String>(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void switchOverResult() {
        Validated<String> v = Validated.ok("x");
        String out = v instanceof Validated.Ok<String> ok ? ok.value() : "invalid";
        assertThat(out).isEqualTo("x");
    }
}
