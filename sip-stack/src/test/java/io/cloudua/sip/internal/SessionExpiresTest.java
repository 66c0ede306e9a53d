package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sip.SipFactory;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

class SessionExpiresTest {

    private static Request invite(String extraHeaders) throws Exception {
        String text = "INVITE sip:alice@mydomain SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1\r\n"
                + "From: <sip:bob@127.0.0.1>;tag=1\r\n"
                + "To: <sip:alice@mydomain>\r\n"
                + "Call-ID: abc@127.0.0.1\r\n"
                + "CSeq: 1 INVITE\r\n"
                + "Max-Forwards: 70\r\n"
                + extraHeaders
                + "Content-Length: 0\r\n\r\n";
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        return f.createMessageFactory().createRequest(text);
    }

    @Test
    void readsIntervalRefresherAndTimerSupport() throws Exception {
        SessionExpires se = SessionExpires.of(invite("Session-Expires: 1800;refresher=uas\r\nSupported: timer, 100rel\r\n"));
        assertThat(se).isEqualTo(new SessionExpires(1800, "uas", true));
    }

    @Test
    void compactFormWithoutRefresher() throws Exception {
        SessionExpires se = SessionExpires.of(invite("x: 90\r\n"));
        assertThat(se).isEqualTo(new SessionExpires(90, null, false));
    }

    @Test
    void absentOrGarbageIsNull() throws Exception {
        assertThat(SessionExpires.of(invite(""))).isNull();
    }
}
