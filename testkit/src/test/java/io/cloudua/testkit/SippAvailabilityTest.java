package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * A missing sipp skips SIPp tests on a developer machine but fails them in CI.
 *
 * <p>Why: a CI image that lost sip-tester would otherwise turn every real-peer test into a
 * silent skip and a green build.
 */
class SippAvailabilityTest {

  @Test
  void missingSippFailsWhenCiIsSet() {
    AssertionError e = assertThrows(AssertionError.class, () -> Sipp.assumeAvailable(false, "true"));
    assertTrue(e.getMessage().contains("CI"));
    assertThrows(AssertionError.class, () -> Sipp.assumeAvailable(false, "1"));
  }

  @Test
  void missingSippSkipsOutsideCi() {
    assertThrows(TestAbortedException.class, () -> Sipp.assumeAvailable(false, null));
    assertThrows(TestAbortedException.class, () -> Sipp.assumeAvailable(false, ""));
    assertThrows(TestAbortedException.class, () -> Sipp.assumeAvailable(false, "false"));
  }

  @Test
  void availableSippPasses() {
    assertDoesNotThrow(() -> Sipp.assumeAvailable(true, "true"));
  }

  @Test
  void sippIsFoundOnThisMachineWhenCiSaysSo() {
    Sipp.assumeAvailable();
    assertTrue(Sipp.binary().isPresent());
  }
}
