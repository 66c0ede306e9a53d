package io.cloudua.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    private static Validated<List<Object>> read(String json, java.util.function.Function<FieldReader, List<Object>> f) {
        return FieldReader.read(TestJson.body(json), f);
    }

    @Test
    void nullCountsAsAbsent() {
        var v = read("{'a':null}", r -> java.util.Arrays.asList(r.string("a", false), r.integer("a", false, 0, 1)));
        assertThat(v.isOk()).isTrue();
        assertThat(((Validated.Ok<List<Object>>) v).value()).containsExactly(null, null);
    }

    @Test
    void requiredMissingAndNullAreReported() {
        var v = read("{'b':null}", r -> java.util.Arrays.asList(r.string("a", true), r.integer("b", true, 0, 1)));
        assertThat(v.errors()).containsExactly(new FieldError("a", "is required"), new FieldError("b", "is required"));
    }

    @Test
    void wrongTypesNameTheField() {
        var v = read("{'s':1,'i':'x','b':'true','a':{}}", r -> java.util.Arrays.asList(
                r.string("s", false), r.integer("i", false, 0, 9), r.bool("b"), r.array("a", false)));
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("s", "i", "b", "a");
    }

    @Test
    void integersRejectFractionsAndHugeValues() {
        var v = read("{'f':1.5,'h':123456789012345678901234567890,'n':-1}", r -> java.util.Arrays.asList(
                r.integer("f", false, 0, 9), r.integer("h", false, 0, 9), r.integer("n", false, 0, 9)));
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("f", "h", "n");
    }

    @Test
    void digitsStringsOnlyWhereAllowed() {
        var ok = read("{'p':'5060'}", r -> List.of(r.integerOrDigits("p", true, 1, 65535)));
        assertThat(((Validated.Ok<List<Object>>) ok).value()).containsExactly(5060);
        var bad = read("{'p':'50 60','q':'99999999999','r':'70000'}", r -> java.util.Arrays.asList(
                r.integerOrDigits("p", true, 1, 65535), r.integerOrDigits("q", true, 1, 65535),
                r.integerOrDigits("r", true, 1, 65535)));
        assertThat(bad.errors()).extracting(FieldError::field).containsExactly("p", "q", "r");
    }

    @Test
    void choiceNormalisesSpelling() {
        var v = read("{'c':'pcmu'}", r -> List.of(r.choice("c", true, List.of("PCMA", "PCMU"))));
        assertThat(((Validated.Ok<List<Object>>) v).value()).containsExactly("PCMU");
    }

    @Test
    void nestedReadersPrefixPaths() {
        var v = read("{'o':{'x':1}}", r -> {
            var nested = r.nested((com.fasterxml.jackson.databind.node.ObjectNode) r.node("o"), "o");
            return java.util.Arrays.asList(nested.string("x", true));
        });
        assertThat(v.errors()).containsExactly(new FieldError("o.x", "must be a string"));
    }

    @Test
    void requiredStringMustNotBeEmpty() {
        var v = read("{'a':''}", r -> java.util.Arrays.asList(r.string("a", true)));
        assertThat(v.errors()).containsExactly(new FieldError("a", "must not be empty"));
    }
}
