package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudua.testkit.SipTrace.Message;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knobs tests turn on the shipped scenarios: {@code -set hold}, {@code -set domain}, and
 * several calls per run.
 *
 * <p>Why: a gateway test that holds a call for two seconds, or addresses a domain by the
 * Request-URI host, must get exactly that on the wire.
 */
class SippScenarioVariablesTest {

  @BeforeAll
  static void sipp() {
    Sipp.assumeAvailable();
  }

  @Test
  void holdVariableDelaysTheCallersBye() {
    SippPair run = SippPair.run(Sipp.scenario("uas-answer"), Sipp.scenario("uac-answered-caller-bye"), "u1",
        o -> o, o -> o.withVar("hold", "1500")).assertPassed();

    SipTrace uac = run.uac().trace();
    Message ack = uac.requests("ACK", true).get(0);
    Message bye = uac.requests("BYE", true).get(0);
    long gap = Duration.between(ack.time(), bye.time()).toMillis();
    assertTrue(gap >= 1450 && gap < 5000, "BYE " + gap + " ms after ACK");
  }

  @Test
  void domainVariableSetsRequestUriAndToHost() {
    SippPair plain = SippPair.run(Sipp.uasRejecting(404), Sipp.uacExpectingFinal(404), "u1").assertPassed();
    String defaultUri = plain.uac().trace().requests("INVITE", true).get(0).requestUri();
    assertTrue(defaultUri.matches("sip:alice@127\\.0\\.0\\.1:\\d+"), defaultUri);

    SippPair custom = SippPair.run(Sipp.scenario("uas-answer"), Sipp.scenario("uac-answered-caller-bye"), "u1",
        o -> o, o -> o.withVar("domain", "mydomain.sip.example.com")).assertPassed();
    Message invite = custom.uac().trace().requests("INVITE", true).get(0);
    assertEquals("sip:alice@mydomain.sip.example.com", invite.requestUri());
    assertEquals("<sip:alice@mydomain.sip.example.com>", invite.header("To"));
  }

  @Test
  void severalCallsAreCountedOnBothSides() {
    SippPair run = SippPair.run(Sipp.uasRejecting(480), Sipp.uacExpectingFinal(480), "u1",
        o -> o.withCalls(3), o -> o.withCalls(3).withRate(20)).assertPassed();

    assertEquals(3, run.uac().successfulCalls(), run.uac()::describe);
    assertEquals(3, run.uas().successfulCalls(), run.uas()::describe);
    assertEquals(0, run.uac().failedCalls());
    assertEquals(3, run.uac().trace().requests("ACK", true).size());
  }
}
