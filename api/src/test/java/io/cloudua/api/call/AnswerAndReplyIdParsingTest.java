package io.cloudua.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.ApiJson;
import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import io.cloudua.api.validation.Validated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerAndReplyIdParsingTest {

    static ObjectNode valid() {
        ObjectNode o = ApiJson.mapper().createObjectNode();
        o.put("codec", "PCMU");
        o.put("sessionReferenceId", 42);
        o.put("telephoneEventPayloadType", 101);
        o.put("replyId", "eyJhbGciOiJIUzI1NiJ9.e30.sig");
        o.put("receivePort", "30000");
        o.put("receiveIp", "192.0.2.10");
        return o;
    }

    static Validated<AnswerRemoteCallRequest> parse(ObjectNode o) {
        return CallRequests.parseAnswer(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<String> errorFields(ObjectNode o) {
        return parse(o).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void parsesAnswer() {
        Validated<AnswerRemoteCallRequest> v = parse(valid());
        assertThat(v).isInstanceOf(Validated.Ok.class);
        AnswerRemoteCallRequest r = ((Validated.Ok<AnswerRemoteCallRequest>) v).value();
        assertThat(r.codec()).isEqualTo("PCMU");
        assertThat(r.sessionReferenceId().intValue()).isEqualTo(42);
        assertThat(r.replyId()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.e30.sig");
        assertThat(r.receivePort()).isEqualTo(30000);
        assertThat(r.receiveIp()).isEqualTo("192.0.2.10");
        assertThat(r.telephoneEventPayloadType()).isEqualTo(101);
        assertThat(r.crypto()).isEmpty();
    }

    @Test
    void answerRequiresReplyIdAndMedia() {
        assertThat(CallRequests.parseAnswer(TestJson.body("{}")).errors()).extracting(FieldError::field)
                .containsExactly("codec", "replyId", "receivePort", "receiveIp");
    }

    @Test
    void answerIgnoresPlaceOnlyFields() {
        ObjectNode o = valid().put("destinationUri", "not a uri").put("callbackBaseUrl", "nope");
        assertThat(parse(o).isOk()).isTrue();
    }

    @Test
    void answerReplyIdRules() {
        assertThat(errorFields(valid().put("replyId", ""))).containsExactly("replyId");
        assertThat(errorFields(valid().put("replyId", 12))).containsExactly("replyId");
        assertThat(errorFields(valid().put("replyId", "x".repeat(4097)))).containsExactly("replyId");
        assertThat(parse(valid().put("replyId", "x".repeat(4096))).isOk()).isTrue();
    }

    @Test
    void answerValidatesCrypto() {
        ObjectNode o = valid();
        o.putArray("crypto").addObject().put("suite", "NULL").put("id", 1).put("config", "inline:x");
        assertThat(errorFields(o)).containsExactly("crypto[0].suite");
    }

    @Test
    void answerCodecGsmAccepted() {
        assertThat(parse(valid().put("codec", "GSM")).isOk()).isTrue();
    }

    @Test
    void replyIdBody() {
        Validated<ReplyIdRequest> v = CallRequests.parseReplyId(TestJson.body("{'replyId':'abc'}"));
        assertThat(v).isEqualTo(Validated.ok(new ReplyIdRequest("abc")));
    }

    @Test
    void replyIdBodyErrors() {
        assertThat(CallRequests.parseReplyId(TestJson.body("{}")).errors())
                .containsExactly(new FieldError("replyId", "is required"));
        assertThat(CallRequests.parseReplyId(TestJson.body("{'replyId':null}")).errors())
                .extracting(FieldError::field).containsExactly("replyId");
        assertThat(CallRequests.parseReplyId(TestJson.body("{'replyId':''}")).errors())
                .extracting(FieldError::field).containsExactly("replyId");
        assertThat(CallRequests.parseReplyId(TestJson.body("{'replyId':['a']}")).errors())
                .extracting(FieldError::field).containsExactly("replyId");
        assertThat(CallRequests.parseReplyId(TestJson.body("[]")).errors())
                .extracting(FieldError::field).containsExactly("body");
        assertThat(CallRequests.parseReplyId(new byte[0]).errors())
                .extracting(FieldError::field).containsExactly("body");
    }
}
