package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudua.testkit.SipTrace.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parsing a SIPp {@code -trace_msg} file (format of SIPp 3.6).
 *
 * <p>Why: the RFC checks on scenarios, and gateway tests, rely on reading the wire correctly.
 */
class SipTraceTest {
  private static final String TRACE = String.join("\n",
      "----------------------------------------------- 2026-11-25 19:41:56.738526",
      "UDP message sent (660 bytes):",
      "",
      "INVITE sip:alice@127.0.0.1:25080 SIP/2.0",
      "Via: SIP/2.0/UDP 127.0.0.1:25082;branch=z9hG4bK-1-1-2",
      "From: \"sipp\" <sip:sipp@127.0.0.1:25082>;tag=12655SIPpTag001",
      "t: <sip:alice@127.0.0.1:25080>",
      "Call-ID: 1-12655@127.0.0.1",
      "CSeq: 1 INVITE",
      "Content-Type: application/sdp",
      "",
      "v=0",
      "m=audio 6004 RTP/AVP 8 0 101",
      "",
      "----------------------------------------------- 2026-11-25 19:41:56.740978",
      "UDP message received [610] bytes :",
      "",
      "SIP/2.0 486 Busy Here",
      "Via: SIP/2.0/UDP 127.0.0.1:25082;branch=z9hG4bK-1-1-2",
      "To: <sip:alice@127.0.0.1:25080>;tag=abc",
      "CSeq: 1 INVITE",
      "Content-Length: 0",
      "",
      "----------------------------------------------- 2026-11-25 19:41:57.241025",
      "Unexpected UDP message received:",
      "",
      "garbage",
      "");

  @Test
  void parsesRequestsResponsesAndSkipsNonSip() {
    List<Message> all = SipTrace.parse(TRACE).messages();
    assertEquals(2, all.size());

    Message invite = all.get(0);
    assertTrue(invite.sent() && invite.isRequest());
    assertEquals("INVITE", invite.method());
    assertEquals("sip:alice@127.0.0.1:25080", invite.requestUri());
    assertEquals("z9hG4bK-1-1-2", invite.branch());
    assertEquals("12655SIPpTag001", invite.fromTag());
    assertNull(invite.toTag());
    assertEquals("<sip:alice@127.0.0.1:25080>", invite.header("To"), "compact form t");
    assertEquals(1, invite.cseqNumber());
    assertEquals(6004, invite.audioPort());

    Message busy = all.get(1);
    assertFalse(busy.sent() || busy.isRequest());
    assertEquals(486, busy.status());
    assertEquals("INVITE", busy.method());
    assertEquals("abc", busy.toTag());
    assertEquals(-1, busy.audioPort());
    assertEquals(2452, Duration.between(invite.time(), busy.time()).toNanos() / 1000, "microseconds");
  }

  @Test
  void filtersByMethodStatusAndDirection() {
    SipTrace trace = SipTrace.parse(TRACE);
    assertEquals(1, trace.requests("INVITE", true).size());
    assertEquals(0, trace.requests("INVITE", false).size());
    assertEquals(1, trace.responses(486, "INVITE", false).size());
    assertEquals(0, trace.responses(486, "BYE", false).size());
  }

  @Test
  void aTraceCutInTheMiddleLosesOnlyItsFirstMessage() {
    String cut = TRACE.substring(TRACE.indexOf("Call-ID"));
    assertEquals(List.of(486), SipTrace.parse(cut).messages().stream().map(Message::status).toList());
  }
}
