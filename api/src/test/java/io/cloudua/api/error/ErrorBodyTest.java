package io.cloudua.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.TestJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

    @Test
    void ofHasNoFieldsAndIsNotSuccess() {
        ErrorBody body = ErrorBody.of("not_found", "no such call");
        assertThat(body.success()).isFalse();
        assertThat(body.error()).isEqualTo("not_found");
        assertThat(body.message()).isEqualTo("no such call");
        assertThat(body.fields()).isNull();
    }

    @Test
    void ofSerialisesWithoutFields() {
        JsonNode json = TestJson.tree(ErrorBody.of("unauthorized", "bad token"));
        assertThat(json).isEqualTo(TestJson.parse("{'success':false,'error':'unauthorized','message':'bad token'}"));
    }

    @Test
    void invalidListsDistinctFieldNamesInOrder() {
        ErrorBody body = ErrorBody.invalid(List.of(
                new FieldError("codec", "is required"),
                new FieldError("receivePort", "must be an integer"),
                new FieldError("codec", "again")));
        assertThat(body.success()).isFalse();
        assertThat(body.error()).isEqualTo("invalid_request");
        assertThat(body.message()).isEqualTo("invalid fields: codec, receivePort");
        assertThat(body.fields()).hasSize(3);
    }

    @Test
    void invalidSerialisesFields() {
        JsonNode json = TestJson.tree(ErrorBody.invalid(List.of(new FieldError("crypto[0].suite", "bad"))));
        assertThat(json).isEqualTo(TestJson.parse("{'success':false,'error':'invalid_request',"
                + "'message':'invalid fields: crypto[0].suite',"
                + "'fields':[{'field':'crypto[0].suite','message':'bad'}]}"));
    }

    @Test
    void fieldsAreCopied() {
        var list = new java.util.ArrayList<FieldError>();
        list.add(new FieldError("a", "b"));
        ErrorBody body = ErrorBody.invalid(list);
        list.clear();
        assertThat(body.fields()).hasSize(1);
    }
}
