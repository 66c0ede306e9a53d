package io.cloudua.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import io.cloudua.api.validation.Validated;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointRequestsTest {

    static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    static Validated<Endpoint> create(String json) {
        return EndpointRequests.parseCreate(TestJson.body(json));
    }

    @Test
    void parsesSpecSample() {
        assertThat(create("{'id':'string','priority':100,'uri':'sip:myendpoint@mydomain.example.com:5060'}"))
                .isEqualTo(Validated.ok(new Endpoint("string", 100, "sip:myendpoint@mydomain.example.com:5060")));
    }

    @Test
    void defaults() {
        assertThat(create("{'uri':'sips:pbx.example.com'}"))
                .isEqualTo(Validated.ok(new Endpoint(null, 100, "sips:pbx.example.com")));
    }

    @Test
    void serialisesWithoutNullId() {
        assertThat(TestJson.tree(new Endpoint(null, 5, "sip:a@b"))).isEqualTo(TestJson.parse("{'priority':5,'uri':'sip:a@b'}"));
    }

    @Test
    void priorityBounds() {
        assertThat(create("{'priority':0,'uri':'sip:a@b.example'}").isOk()).isTrue();
        assertThat(fields(create("{'priority':101,'uri':'sip:a@b.example'}"))).containsExactly("priority");
        assertThat(fields(create("{'priority':-1,'uri':'sip:a@b.example'}"))).containsExactly("priority");
        assertThat(fields(create("{'priority':'5','uri':'sip:a@b.example'}"))).containsExactly("priority");
        assertThat(fields(create("{'priority':1.5,'uri':'sip:a@b.example'}"))).containsExactly("priority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ep_1", "EP-2", "x"})
    void acceptsIds(String id) {
        assertThat(create("{'id':'" + id + "','uri':'sip:a@b.example'}").isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a/b", "a.b", "é"})
    void rejectsIds(String id) {
        assertThat(fields(create("{'id':'" + id + "','uri':'sip:a@b.example'}"))).containsExactly("id");
    }

    @Test
    void idLength() {
        assertThat(create("{'id':'" + "a".repeat(64) + "','uri':'sip:a@b.example'}").isOk()).isTrue();
        assertThat(fields(create("{'id':'" + "a".repeat(65) + "','uri':'sip:a@b.example'}"))).containsExactly("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "http://a.example", "sip:", "sip:a@", "", "sip:a@b.example?x=y"})
    void rejectsUris(String uri) {
        assertThat(fields(create("{'uri':'" + uri + "'}"))).containsExactly("uri");
    }

    @Test
    void uriRequired() {
        assertThat(fields(create("{}"))).containsExactly("uri");
        assertThat(fields(create("{'uri':5}"))).containsExactly("uri");
    }

    @Test
    void updateIdFromPath() {
        assertThat(EndpointRequests.parseUpdate(TestJson.body("{'uri':'sip:a@b.example'}"), "ep1"))
                .isEqualTo(Validated.ok(new Endpoint("ep1", 100, "sip:a@b.example")));
        assertThat(EndpointRequests.parseUpdate(TestJson.body("{'id':'ep1','priority':3,'uri':'sip:a@b.example'}"), "ep1"))
                .isEqualTo(Validated.ok(new Endpoint("ep1", 3, "sip:a@b.example")));
        assertThat(fields(EndpointRequests.parseUpdate(TestJson.body("{'id':'ep2','uri':'sip:a@b.example'}"), "ep1")))
                .containsExactly("id");
        assertThat(fields(EndpointRequests.parseUpdate(TestJson.body("{'uri':'sip:a@b.example'}"), "bad id")))
                .containsExactly("id");
    }
}
