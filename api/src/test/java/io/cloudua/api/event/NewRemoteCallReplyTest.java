package io.cloudua.api.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.TestJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewRemoteCallReplyTest {

    @Test
    void keepsString() {
        NewRemoteCallReply r = NewRemoteCallReply.parse(TestJson.body("{'sessionReferenceId':'mySessionReference'}"));
        assertThat(r.sessionReferenceId().textValue()).isEqualTo("mySessionReference");
    }

    @Test
    void keepsNumber() {
        NewRemoteCallReply r = NewRemoteCallReply.parse(TestJson.body("{'sessionReferenceId':20000,'x':1}"));
        assertThat(r.sessionReferenceId().intValue()).isEqualTo(20000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "[]", "\"x\"", "not json", "{'sessionReferenceId':null}",
        "{'sessionReferenceId':{'a':1}}", "{'sessionReferenceId':[1]}", "{'sessionReferenceId':true}", "{",
        "<html>ok</html>"})
    void anythingElseIsEmpty(String body) {
        assertThat(NewRemoteCallReply.parse(TestJson.body(body))).isEqualTo(NewRemoteCallReply.empty());
    }

    @Test
    void nullBodyAndOverlongReferenceAreEmpty() {
        assertThat(NewRemoteCallReply.parse(null).sessionReferenceId()).isNull();
        String longRef = "x".repeat(257);
        assertThat(NewRemoteCallReply.parse(TestJson.body("{'sessionReferenceId':'" + longRef + "'}"))
                .sessionReferenceId()).isNull();
    }

    @Test
    void serialises() {
        assertThat(TestJson.tree(NewRemoteCallReply.parse(TestJson.body("{'sessionReferenceId':'a'}"))))
                .isEqualTo(TestJson.parse("{'sessionReferenceId':'a'}"));
        assertThat(TestJson.tree(NewRemoteCallReply.empty())).isEqualTo(TestJson.parse("{}"));
    }
}
