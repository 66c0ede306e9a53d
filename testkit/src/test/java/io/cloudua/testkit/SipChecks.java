package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudua.testkit.SipTrace.Message;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 3261 checks on the caller's side of a SIPp message trace.
 *
 * <p>Why: SIPp itself matches messages loosely (by Call-ID and status), so a scenario can pass
 * against another SIPp while sending, say, a CANCEL with the wrong branch that a real stack
 * would reject with 481. These checks read the wire.
 */
final class SipChecks {
  private static final Pattern AUDIO = Pattern.compile("^m=audio \\d+ RTP/AVP 8 0 101$", Pattern.MULTILINE);
  private SipChecks() {}

  static void everySdpOffersAudio(SipTrace trace) {
    for (Message m : trace.find(m -> "application/sdp".equals(m.header("Content-Type")))) {
      String body = m.body();
      assertTrue(AUDIO.matcher(body).find(), body);
      assertTrue(body.contains("a=rtpmap:8 PCMA/8000"), body);
      assertTrue(body.contains("a=rtpmap:0 PCMU/8000"), body);
      assertTrue(body.contains("a=rtpmap:101 telephone-event/8000"), body);
      assertTrue(body.contains("a=fmtp:101 0-16"), body);
    }
  }

  static Message only(List<Message> messages, String what) {
    assertEquals(1, messages.size(), () -> "exactly one " + what + ", got " + messages);
    return messages.get(0);
  }

  static Message invite(SipTrace uac) {
    return uac.requests("INVITE", true).get(0);
  }

  /** 2xx answered: ACK is its own transaction, in the dialog, to the callee's Contact. */
  static void answeredByCallee(SipTrace uac) {
    Message invite = invite(uac);
    Message ok = uac.responses(200, "INVITE", false).get(0);
    assertTrue(ok.audioPort() > 0, "200 OK carries an SDP answer");
    Message ack = uac.requests("ACK", true).get(0);
    assertNotEquals(invite.branch(), ack.branch(), "ACK to 2xx is a new transaction");
    assertEquals(invite.cseqNumber(), ack.cseqNumber());
    assertEquals(ok.toTag(), ack.toTag());
    assertEquals(uri(ok.header("Contact")), ack.requestUri(), "ACK goes to the remote target");
    assertEquals(invite.header("Call-ID"), ack.header("Call-ID"));
  }

  static void callerHangsUpAfter(SipTrace uac, long minMillis) {
    Message ack = uac.requests("ACK", true).get(0);
    Message bye = only(uac.requests("BYE", true), "BYE");
    assertTrue(bye.cseqNumber() > ack.cseqNumber());
    assertEquals(ack.toTag(), bye.toTag());
    assertEquals(ack.requestUri(), bye.requestUri());
    long gap = Duration.between(ack.time(), bye.time()).toMillis();
    assertTrue(gap >= minMillis, "BYE " + gap + " ms after ACK, expected >= " + minMillis);
    only(uac.responses(200, "BYE", false), "200 to BYE");
  }

  static void sessionTimerIn200(SipTrace uac) {
    Message ok = uac.responses(200, "INVITE", false).get(0);
    assertEquals("90;refresher=uac", ok.header("Session-Expires"));
    assertEquals("timer", ok.header("Supported"));
    assertEquals("timer", ok.header("Require"));
  }

  /** The callee's BYE is in our dialog: tags swapped, answered with 200. */
  static void calleeByeInDialog(SipTrace uac) {
    Message invite = invite(uac);
    Message ok = uac.responses(200, "INVITE", false).get(0);
    Message bye = only(uac.requests("BYE", false), "BYE from the callee");
    assertEquals(ok.toTag(), bye.fromTag());
    assertEquals(invite.fromTag(), bye.toTag());
    assertEquals(invite.header("Call-ID"), bye.header("Call-ID"));
    Message byeOk = only(uac.responses(200, "BYE", true), "200 to BYE");
    assertEquals(bye.branch(), byeOk.branch());
  }

  /** RFC 3261 9.1 and 17.1.1.3: CANCEL and the ACK of the 487 reuse the INVITE's branch. */
  static void cancelledInTransaction(SipTrace uac) {
    Message invite = invite(uac);
    Message cancel = only(uac.requests("CANCEL", true), "CANCEL");
    assertEquals(invite.branch(), cancel.branch());
    assertEquals(invite.requestUri(), cancel.requestUri());
    assertEquals(invite.cseqNumber(), cancel.cseqNumber());
    assertEquals(invite.fromTag(), cancel.fromTag());
    assertNull(cancel.toTag(), "CANCEL To carries no tag");
    only(uac.responses(200, "CANCEL", false), "200 to CANCEL");
    Message terminated = only(uac.responses(487, "INVITE", false), "487");
    ackedInTransaction(uac, invite, terminated);
  }

  static void rejectedAndAckedOnce(SipTrace uac, int status) {
    Message invite = invite(uac);
    Message rejected = only(uac.responses(status, "INVITE", false), "final " + status);
    ackedInTransaction(uac, invite, rejected);
  }

  private static void ackedInTransaction(SipTrace uac, Message invite, Message finalResponse) {
    Message ack = only(uac.requests("ACK", true), "ACK");
    assertEquals(invite.branch(), ack.branch(), "ACK of a non-2xx shares the INVITE's branch");
    assertEquals(invite.requestUri(), ack.requestUri());
    assertEquals(invite.cseqNumber(), ack.cseqNumber());
    assertEquals("ACK", ack.cseqMethod());
    assertNotNull(finalResponse.toTag());
    assertEquals(finalResponse.toTag(), ack.toTag());
  }

  /** A re-INVITE or UPDATE in the dialog, next CSeq, new media port; ACK only for INVITE. */
  static void offerChangedInDialog(SipTrace uac, String method) {
    answeredByCallee(uac);
    Message invite = invite(uac);
    Message ok = uac.responses(200, "INVITE", false).get(0);
    List<Message> sent = uac.requests(method, true);
    Message change = sent.get(sent.size() - 1);
    assertEquals(invite.header("Call-ID"), change.header("Call-ID"));
    assertEquals(invite.fromTag(), change.fromTag());
    assertEquals(ok.toTag(), change.toTag());
    assertEquals(invite.cseqNumber() + 1, change.cseqNumber());
    assertEquals(invite.audioPort() + 2, change.audioPort());
    Message answer = only(uac.responses(200, method, false).stream()
        .filter(m -> m.cseqNumber() == change.cseqNumber()).toList(), "200 to " + method);
    assertTrue(answer.audioPort() > 0, "200 to " + method + " answers the offer");
    assertEquals("INVITE".equals(method) ? 2 : 1, uac.requests("ACK", true).size());
    Message bye = only(uac.requests("BYE", true), "BYE");
    assertTrue(bye.cseqNumber() > change.cseqNumber());
  }

  static String uri(String nameAddr) {
    int lt = nameAddr.indexOf('<');
    return lt < 0 ? nameAddr.split(";")[0].trim() : nameAddr.substring(lt + 1, nameAddr.indexOf('>'));
  }
}
