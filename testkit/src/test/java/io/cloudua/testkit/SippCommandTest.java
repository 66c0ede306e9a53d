package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SIPp command line built from {@link SippOptions}, and the options' own validation.
 *
 * <p>Why: these run without SIPp, so a wrong flag is caught on any machine.
 */
class SippCommandTest {
  private static final Path SCENARIO = Path.of("/tmp/x.xml");
  private static final Path DIR = Path.of("/tmp/run");

  @Test
  void clientCommandStartsWithRemoteAndCarriesEveryOption() {
    SippOptions o = SippOptions.uac(SCENARIO, 5060, "alice")
        .withCalls(3).withRate(2.5).withVar("hold", "900").withVar("domain", "d.example")
        .withTransport("t1").withTimeout(Duration.ofMillis(1500)).withExtraArgs("-aa");
    List<String> cmd = SippCommand.build("sipp", o, 40000, DIR);

    assertEquals(List.of("sipp", "127.0.0.1:5060"), cmd.subList(0, 2));
    assertPair(cmd, "-sf", "/tmp/x.xml");
    assertPair(cmd, "-i", "127.0.0.1");
    assertPair(cmd, "-p", "40000");
    assertPair(cmd, "-t", "t1");
    assertPair(cmd, "-m", "3");
    assertPair(cmd, "-r", "2.5");
    assertPair(cmd, "-s", "alice");
    assertPair(cmd, "-timeout", "2s");
    assertPair(cmd, "-error_file", "/tmp/run/errors.log");
    assertPair(cmd, "-message_file", "/tmp/run/messages.log");
    assertPair(cmd, "-stf", "/tmp/run/stats.csv");
    assertPair(cmd, "-screen_file", "/tmp/run/screen.log");
    int set = cmd.indexOf("-set");
    assertEquals(List.of("-set", "hold", "900", "-set", "domain", "d.example"), cmd.subList(set, set + 6));
    assertTrue(cmd.containsAll(List.of("-timeout_error", "-nostdin", "-trace_err", "-trace_msg",
        "-trace_stat", "-trace_screen")));
    assertFalse(cmd.contains("-bg"));
    assertEquals("-aa", cmd.get(cmd.size() - 1));
  }

  @Test
  void serverCommandHasNoRemoteAndNoService() {
    List<String> cmd = SippCommand.build("sipp", SippOptions.uas(SCENARIO), 40002, DIR);

    assertEquals("-sf", cmd.get(1));
    assertFalse(cmd.contains("-s"));
    assertPair(cmd, "-r", "10");
    assertPair(cmd, "-timeout", "30s");
  }

  @Test
  void ipv6RemoteIsBracketed() {
    SippOptions o = SippOptions.uac(SCENARIO, 5060, "a").withRemote("::1", 5070);
    assertEquals("[::1]:5070", SippCommand.build("sipp", o, 1, DIR).get(1));
  }

  @Test
  void optionsAreValidatedAndImmutable() {
    SippOptions uac = SippOptions.uac(SCENARIO, 5060, "alice");
    assertEquals("u1", uac.transport());
    assertEquals(1, uac.calls());
    assertEquals(10, uac.rate());
    assertEquals(Duration.ofSeconds(30), uac.timeout());
    assertEquals(0, uac.localPort());
    assertFalse(uac.serverMode());
    assertTrue(SippOptions.uas(SCENARIO).serverMode());

    assertThrows(IllegalArgumentException.class, () -> uac.withTransport("x1"));
    assertThrows(IllegalArgumentException.class, () -> uac.withCalls(0));
    assertThrows(IllegalArgumentException.class, () -> uac.withRate(0));
    assertThrows(IllegalArgumentException.class, () -> uac.withTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> uac.withLocalPort(70000));
    assertThrows(IllegalArgumentException.class, () -> uac.withRemote("127.0.0.1", 0));
    assertThrows(UnsupportedOperationException.class, () -> uac.withVar("a", "b").vars().put("c", "d"));
    assertEquals(Collections.emptyMap(), uac.vars(), "withers copy");
    assertEquals(7000, uac.withLocalPort(7000).localPort());
    assertEquals("l1", uac.withTransport("l1").transport());
  }

  private static void assertPair(List<String> cmd, String flag, String value) {
    int i = cmd.indexOf(flag);
    assertTrue(i >= 0, flag + " missing in " + cmd);
    assertEquals(value, cmd.get(i + 1), flag);
  }
}
