package io.cloudua.api.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cloudua.api.ApiJson;
import io.cloudua.api.TestJson;
import io.cloudua.api.call.Crypto;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field names exactly as in cloud-sip-ua-api.txt (plus cloudua's additive fields); nulls omitted. */
class WebhookEventJsonTest {

    static final List<Crypto> CRYPTO = List.of(new Crypto("AES_CM_128_HMAC_SHA1_80", 1, "inline:abc"));

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static <T> void roundTrips(T event) throws Exception {
        String json = ApiJson.mapper().writeValueAsString(event);
        assertThat(ApiJson.mapper().readValue(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void newRemoteCall() throws Exception {
        NewRemoteCall e = new NewRemoteCall("tx", "sess", "rid", "trace", "customer", "127.0.0.1", "nfdf",
                "PCMA", "sip:user@domain.com", "1234567", "10.2.30.12", 20000, 101, CRYPTO);
        JsonNode json = TestJson.tree(e);
        assertThat(names(json)).containsExactlyInAnyOrder("httpTransactionId", "sessionId", "replyId", "traceId",
                "domain", "ivrServer", "callId", "codec", "destinationUri", "sourceUser", "remoteRtpIp",
                "remoteRtpPort", "telephoneEventPayloadType", "crypto");
        assertThat(json.get("remoteRtpPort").isInt()).isTrue();
        assertThat(json.get("crypto").get(0)).isEqualTo(TestJson.parse(
                "{'suite':'AES_CM_128_HMAC_SHA1_80','id':1,'config':'inline:abc'}"));
        roundTrips(e);
    }

    @Test
    void newRemoteCallOmitsNulls() {
        NewRemoteCall e = new NewRemoteCall(null, "sess", "rid", null, "d", null, "c", "PCMU", null, null,
                "10.0.0.1", 4000, null, null);
        assertThat(names(TestJson.tree(e))).containsExactly("sessionId", "replyId", "domain", "callId", "codec",
                "remoteRtpIp", "remoteRtpPort");
    }

    @Test
    void callAnswered() throws Exception {
        CallAnswered e = new CallAnswered("46890510", "p1", "p2", "46890200", "conn", 600, 600, "GSM", false,
                "10.0.0.2", 45000, "rid", new TextNode("ref"), "trace", "tx", "siteA", "https://a.example",
                "sess", "sipcall", 101, CRYPTO);
        JsonNode json = TestJson.tree(e);
        assertThat(names(json)).containsExactlyInAnyOrder("callingPartyNumber", "callerParticipantId",
                "calleeParticipantId", "remotePartyNumber", "connectionId", "callingPartyExpires",
                "calledPartyExpires", "codec", "monitoringParticipant", "remoteRtpIp", "remoteRtpPort", "replyId",
                "sessionReferenceId", "traceId", "httpTransactionId", "siteId", "siteBaseUrl", "sessionId",
                "sipCallId", "telephoneEventPayloadType", "crypto");
        assertThat(json.get("monitoringParticipant").isBoolean()).isTrue();
        assertThat(json.get("sessionReferenceId").textValue()).isEqualTo("ref");
        roundTrips(e);
    }

    @Test
    void callAnsweredOmitsNulls() {
        CallAnswered e = new CallAnswered(null, null, null, null, null, null, null, "PCMA", null, "10.0.0.2",
                45000, "rid", null, null, null, null, null, null, null, null, null);
        assertThat(names(TestJson.tree(e))).containsExactly("codec", "remoteRtpIp", "remoteRtpPort", "replyId");
    }

    @Test
    void callFailed() throws Exception {
        CallFailed e = new CallFailed("nfdfsij82893kn", 403, "Busy Here", "Busy Here", new IntNode(20000), "sess",
                "127.0.0.1", "part", "customer", "trace", "tx");
        JsonNode json = TestJson.tree(e);
        assertThat(json).isEqualTo(TestJson.parse("{'sipCallId':'nfdfsij82893kn','sipStatus':403,"
                + "'sipReason':'Busy Here','errorDescr':'Busy Here','sessionReferenceId':20000,'sessionId':'sess',"
                + "'ivrServer':'127.0.0.1','participantId':'part','domain':'customer','traceId':'trace',"
                + "'httpTransactionId':'tx'}"));
        roundTrips(e);
        assertThat(names(TestJson.tree(new CallFailed(null, 408, null, null, null, null, null, null, null,
                null, null)))).containsExactly("sipStatus");
    }

    @Test
    void callHungup() throws Exception {
        CallHungup e = new CallHungup("nfdf", new IntNode(20000), "sip:user@domain.com", "1234567", "sess",
                "trace", "tx", "customer", "bye");
        JsonNode json = TestJson.tree(e);
        assertThat(names(json)).containsExactlyInAnyOrder("callId", "sessionReferenceId", "destinationUri",
                "sourceUser", "sessionId", "traceId", "httpTransactionId", "domain", "reason");
        roundTrips(e);
        assertThat(names(TestJson.tree(new CallHungup("c", null, null, null, null, null, null, null, null))))
                .containsExactly("callId");
    }

    @Test
    void callNotify() throws Exception {
        CallNotify e = new CallNotify(CallNotify.RINGING, false, "p", "sess", new IntNode(20000), "+46890510",
                "+46890200", "rp", "sipcall", "127.0.0.1", "trace", "siteA", "https://a.example", "tx",
                "10.0.0.9", 7000, "PCMU", CRYPTO);
        JsonNode json = TestJson.tree(e);
        assertThat(names(json)).containsExactlyInAnyOrder("event", "monitoringParticipant", "participantId",
                "sessionId", "sessionReferenceId", "user", "remoteUser", "remoteParticipantId", "sipCallId",
                "ivrServer", "traceId", "siteId", "siteBaseUrl", "httpTransactionId", "remoteRtpIp",
                "remoteRtpPort", "codec", "crypto");
        assertThat(json.get("event").textValue()).isEqualTo("ringing");
        roundTrips(e);
        CallNotify sparse = new CallNotify(CallNotify.RE_INVITE, null, null, "s", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(names(TestJson.tree(sparse))).containsExactly("event", "sessionId");
        assertThat(CallNotify.UPDATE).isEqualTo("update");
    }

    @Test
    void readsSpecSampleWithNumericStrings() throws Exception {
        CallFailed e = ApiJson.mapper().readValue(TestJson.body("{'sipCallId':'x','sipStatus':486,"
                + "'sessionReferenceId':'abc','unknown':1}"), CallFailed.class);
        assertThat(e.sipStatus()).isEqualTo(486);
        assertThat(e.sessionReferenceId().textValue()).isEqualTo("abc");
    }
}
