package io.cloudua.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.ApiJson;
import io.cloudua.api.error.FieldError;
import io.cloudua.api.validation.Validated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceRemoteCallParsingTest {

    static final String KEY = "inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32";

    /** A complete valid body, to be modified by each test. */
    static ObjectNode valid() {
        ObjectNode o = ApiJson.mapper().createObjectNode();
        o.put("codec", "PCMA");
        o.put("sessionReferenceId", "ref-1");
        o.put("destinationUri", "sip:bob@example.com");
        o.put("telephoneEventPayloadType", 101);
        o.put("sourceUser", "+4670123");
        o.put("receivePort", 20000);
        o.put("receiveIp", "10.2.30.12");
        o.putArray("crypto").addObject().put("suite", "AES_CM_128_HMAC_SHA1_80").put("id", 1).put("config", KEY);
        o.put("callbackBaseUrl", "https://device.example.com/hooks");
        return o;
    }

    static Validated<PlaceRemoteCallRequest> parse(ObjectNode o) {
        return CallRequests.parsePlace(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static PlaceRemoteCallRequest ok(ObjectNode o) {
        Validated<PlaceRemoteCallRequest> v = parse(o);
        assertThat(v.errors()).isEmpty();
        return ((Validated.Ok<PlaceRemoteCallRequest>) v).value();
    }

    static List<String> errorFields(ObjectNode o) {
        return parse(o).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void parsesCompleteBody() {
        PlaceRemoteCallRequest r = ok(valid());
        assertThat(r.codec()).isEqualTo("PCMA");
        assertThat(r.sessionReferenceId().textValue()).isEqualTo("ref-1");
        assertThat(r.destinationUri()).isEqualTo("sip:bob@example.com");
        assertThat(r.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(r.sourceUser()).isEqualTo("+4670123");
        assertThat(r.receivePort()).isEqualTo(20000);
        assertThat(r.receiveIp()).isEqualTo("10.2.30.12");
        assertThat(r.crypto()).containsExactly(new Crypto("AES_CM_128_HMAC_SHA1_80", 1, KEY));
        assertThat(r.callbackBaseUrl()).isEqualTo("https://device.example.com/hooks");
    }

    @Test
    void minimalBody() {
        ObjectNode o = ApiJson.mapper().createObjectNode()
                .put("codec", "gsm").put("destinationUri", "1001").put("receivePort", 4000).put("receiveIp", "::1");
        PlaceRemoteCallRequest r = ok(o);
        assertThat(r.codec()).isEqualTo("GSM");
        assertThat(r.sessionReferenceId()).isNull();
        assertThat(r.telephoneEventPayloadType()).isNull();
        assertThat(r.sourceUser()).isNull();
        assertThat(r.crypto()).isEmpty();
        assertThat(r.callbackBaseUrl()).isNull();
        assertThat(io.cloudua.api.TestJson.tree(r)).isEqualTo(o.put("codec", "GSM"));
    }

    @Test
    void collectsAllErrors() {
        assertThat(errorFields(ApiJson.mapper().createObjectNode()))
                .containsExactly("codec", "destinationUri", "receivePort", "receiveIp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCMA", "pcmu", "Gsm"})
    void codecAnyCase(String codec) {
        assertThat(ok(valid().put("codec", codec)).codec()).isEqualTo(codec.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "G729", "opus", "PCMA "})
    void codecRejected(String codec) {
        assertThat(errorFields(valid().put("codec", codec))).containsExactly("codec");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:bob@example.com", "sips:bob@[2001:db8::1]:5061;transport=tls", "sip:10.0.0.1", "1001", "+46701234567"})
    void destinationAccepted(String uri) {
        assertThat(ok(valid().put("destinationUri", uri)).destinationUri()).isEqualTo(uri);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "sip:", "sip:@", "bob smith", "sip:bob@", "tel:+4670", "sip:bob@example.com:0", ""})
    void destinationRejected(String uri) {
        assertThat(errorFields(valid().put("destinationUri", uri))).containsExactly("destinationUri");
    }

    @Test
    void sourceUserRules() {
        assertThat(ok(valid().put("sourceUser", "alice")).sourceUser()).isEqualTo("alice");
        assertThat(errorFields(valid().put("sourceUser", "al ice"))).containsExactly("sourceUser");
        assertThat(errorFields(valid().put("sourceUser", ""))).containsExactly("sourceUser");
        assertThat(errorFields(valid().put("sourceUser", "a".repeat(65)))).containsExactly("sourceUser");
        assertThat(errorFields(valid().put("sourceUser", 1234567))).containsExactly("sourceUser");
        assertThat(ok(valid().putNull("sourceUser")).sourceUser()).isNull();
    }

    @Test
    void receivePortRules() {
        assertThat(ok(valid().put("receivePort", 1)).receivePort()).isEqualTo(1);
        assertThat(ok(valid().put("receivePort", 65535)).receivePort()).isEqualTo(65535);
        assertThat(ok(valid().put("receivePort", "5004")).receivePort()).isEqualTo(5004);
        assertThat(errorFields(valid().put("receivePort", 0))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", 65536))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", -1))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", 5004.5))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", true))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", "50a4"))).containsExactly("receivePort");
        assertThat(errorFields(valid().put("receivePort", "-5004"))).containsExactly("receivePort");
        assertThat(errorFields(valid().putNull("receivePort"))).containsExactly("receivePort");
    }

    @Test
    void receiveIpRules() {
        assertThat(ok(valid().put("receiveIp", "2001:db8::7")).receiveIp()).isEqualTo("2001:db8::7");
        assertThat(errorFields(valid().put("receiveIp", "media.example.com"))).containsExactly("receiveIp");
        assertThat(errorFields(valid().put("receiveIp", "10.0.0.256"))).containsExactly("receiveIp");
        assertThat(errorFields(valid().put("receiveIp", "[::1]"))).containsExactly("receiveIp");
        assertThat(errorFields(valid().put("receiveIp", 167772161))).containsExactly("receiveIp");
    }

    @Test
    void telephoneEventRules() {
        assertThat(ok(valid().put("telephoneEventPayloadType", 96)).telephoneEventPayloadType()).isEqualTo(96);
        assertThat(ok(valid().put("telephoneEventPayloadType", 127)).telephoneEventPayloadType()).isEqualTo(127);
        assertThat(ok(valid().putNull("telephoneEventPayloadType")).telephoneEventPayloadType()).isNull();
        assertThat(errorFields(valid().put("telephoneEventPayloadType", 95))).containsExactly("telephoneEventPayloadType");
        assertThat(errorFields(valid().put("telephoneEventPayloadType", 128))).containsExactly("telephoneEventPayloadType");
        assertThat(errorFields(valid().put("telephoneEventPayloadType", "101"))).containsExactly("telephoneEventPayloadType");
    }

    @Test
    void callbackBaseUrlRules() {
        assertThat(ok(valid().put("callbackBaseUrl", "http://10.0.0.5:8080/cb")).callbackBaseUrl())
                .isEqualTo("http://10.0.0.5:8080/cb");
        assertThat(ok(valid().putNull("callbackBaseUrl")).callbackBaseUrl()).isNull();
        assertThat(errorFields(valid().put("callbackBaseUrl", "ftp://example.com"))).containsExactly("callbackBaseUrl");
        assertThat(errorFields(valid().put("callbackBaseUrl", "example.com/cb"))).containsExactly("callbackBaseUrl");
        assertThat(errorFields(valid().put("callbackBaseUrl", "https://example.com/" + "a".repeat(2048))))
                .containsExactly("callbackBaseUrl");
    }

    @Test
    void sessionReferenceIdKeepsNumbersAndStrings() {
        assertThat(ok(valid().put("sessionReferenceId", 20000)).sessionReferenceId().intValue()).isEqualTo(20000);
        assertThat(ok(valid().put("sessionReferenceId", "x".repeat(256))).sessionReferenceId().textValue()).hasSize(256);
        assertThat(ok(valid().putNull("sessionReferenceId")).sessionReferenceId()).isNull();
    }

    @Test
    void sessionReferenceIdRejectsOtherTypes() {
        assertThat(errorFields(valid().put("sessionReferenceId", "x".repeat(257)))).containsExactly("sessionReferenceId");
        assertThat(errorFields(valid().put("sessionReferenceId", true))).containsExactly("sessionReferenceId");
        ObjectNode o = valid();
        o.putObject("sessionReferenceId").put("a", 1);
        assertThat(errorFields(o)).containsExactly("sessionReferenceId");
        o = valid();
        o.putArray("sessionReferenceId").add(1);
        assertThat(errorFields(o)).containsExactly("sessionReferenceId");
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(ok(valid().put("futureField", "x")).codec()).isEqualTo("PCMA");
    }

    @Test
    void wrongTypeNamesTheField() {
        assertThat(errorFields(valid().put("codec", 8))).containsExactly("codec");
        assertThat(errorFields(valid().put("destinationUri", false))).containsExactly("destinationUri");
    }

    @Test
    void badBodies() {
        for (String body : new String[] {"", "[]", "\"x\"", "{", "nonsense", "null"}) {
            Validated<PlaceRemoteCallRequest> v = CallRequests.parsePlace(body.getBytes(StandardCharsets.UTF_8));
            assertThat(v.errors()).as(body).extracting(FieldError::field).containsExactly("body");
        }
        assertThat(CallRequests.parsePlace(null).errors()).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void serialisesWithSpecNames() throws Exception {
        String json = ApiJson.mapper().writeValueAsString(ok(valid()));
        assertThat(ApiJson.mapper().readTree(json)).isEqualTo(valid());
    }
}
