package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Runs a server-mode SIPp and a client-mode SIPp against each other on 127.0.0.1.
 *
 * <p>Why: each scenario of the testkit is only trustworthy once a real peer accepted it; this
 * is the smallest such peer. The callee is started first and is listening when
 * {@link Sipp#start} returns, so the caller needs no sleep.
 */
record SippPair(SippResult uas, SippResult uac) {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  static SippPair run(Path uasScenario, Path uacScenario, String transport) {
    return run(uasScenario, uacScenario, transport, o -> o, o -> o);
  }

  static SippPair run(Path uasScenario, Path uacScenario, String transport,
      UnaryOperator<SippOptions> uasTweak, UnaryOperator<SippOptions> uacTweak) {
    SippOptions uasOptions = uasTweak.apply(SippOptions.uas(uasScenario)
        .withTransport(transport).withTimeout(TIMEOUT));
    try (SippRun callee = Sipp.start(uasOptions)) {
      SippOptions uacOptions = uacTweak.apply(SippOptions.uac(uacScenario, callee.localPort(), "alice")
          .withTransport(transport).withTimeout(TIMEOUT));
      try (SippRun caller = Sipp.start(uacOptions)) {
        SippResult uac = caller.await(TIMEOUT.plusSeconds(5));
        SippResult uas = callee.await(TIMEOUT.plusSeconds(5));
        return new SippPair(uas, uac);
      }
    }
  }

  SippPair assertPassed() {
    assertTrue(uac.passed(), () -> "caller:\n" + uac.describe() + "\n\ncallee:\n" + uas.describe());
    assertTrue(uas.passed(), () -> "callee:\n" + uas.describe() + "\n\ncaller:\n" + uac.describe());
    return this;
  }
}
