package io.cloudua.testkit;

import static io.cloudua.testkit.SipChecks.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every shipped scenario against a real SIPp peer, over UDP and TCP, and checks on the
 * wire the RFC 3261 details a passing run alone would not show (branches, tags, CSeq).
 *
 * <p>Why: the gateway's integration tests trust these scenarios to be correct SIP; a scenario
 * bug would otherwise show up as a confusing gateway failure.
 */
class SippScenarioPairsTest {

  /** A callee scenario, a caller scenario, and checks on (caller trace, callee trace). */
  record Pair(String name, Supplier<Path> uas, Supplier<Path> uac, BiConsumer<SipTrace, SipTrace> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void sipp() {
    Sipp.assumeAvailable();
  }

  static List<Pair> pairs() {
    return List.of(
        new Pair("uac-answered-caller-bye x uas-answer",
            () -> Sipp.scenario("uas-answer"), () -> Sipp.scenario("uac-answered-caller-bye"),
            (uac, uas) -> {
              answeredByCallee(uac);
              callerHangsUpAfter(uac, 450);
            }),
        new Pair("uac-answered-caller-bye x uas-answer-session-timer",
            () -> Sipp.scenario("uas-answer-session-timer"), () -> Sipp.scenario("uac-answered-caller-bye"),
            (uac, uas) -> {
              answeredByCallee(uac);
              sessionTimerIn200(uac);
            }),
        new Pair("uac-answered-wait-bye x uas-answer-then-bye",
            () -> Sipp.scenario("uas-answer-then-bye"), () -> Sipp.scenario("uac-answered-wait-bye"),
            (uac, uas) -> {
              answeredByCallee(uac);
              calleeByeInDialog(uac);
            }),
        new Pair("uac-cancel x uas-ring-forever",
            () -> Sipp.scenario("uas-ring-forever"), () -> Sipp.scenario("uac-cancel"),
            (uac, uas) -> cancelledInTransaction(uac)),
        new Pair("uac-cancel x uas-ring-forever-487-first",
            () -> Sipp.scenario("uas-ring-forever-487-first"), () -> Sipp.scenario("uac-cancel"),
            (uac, uas) -> cancelledInTransaction(uac)),
        new Pair("uacExpectingFinal(486) x uasRejecting(486)",
            () -> Sipp.uasRejecting(486), () -> Sipp.uacExpectingFinal(486),
            (uac, uas) -> rejectedAndAckedOnce(uac, 486)),
        new Pair("uacExpectingFinal(603) x uasRejecting(603)",
            () -> Sipp.uasRejecting(603), () -> Sipp.uacExpectingFinal(603),
            (uac, uas) -> rejectedAndAckedOnce(uac, 603)),
        new Pair("uac-reinvite x uas-accept-reinvite",
            () -> Sipp.scenario("uas-accept-reinvite"), () -> Sipp.scenario("uac-reinvite"),
            (uac, uas) -> offerChangedInDialog(uac, "INVITE")),
        new Pair("uac-update x uas-accept-update",
            () -> Sipp.scenario("uas-accept-update"), () -> Sipp.scenario("uac-update"),
            (uac, uas) -> offerChangedInDialog(uac, "UPDATE")));
  }

  static Stream<Arguments> pairsAndTransports() {
    return Stream.of("u1", "t1").flatMap(t -> pairs().stream().map(p -> Arguments.of(p, t)));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("pairsAndTransports")
  void scenarioPassesAgainstSippPeer(Pair pair, String transport) {
    SippPair run = SippPair.run(pair.uas().get(), pair.uac().get(), transport).assertPassed();

    assertEquals(1, run.uac().successfulCalls(), run.uac()::describe);
    assertEquals(1, run.uas().successfulCalls(), run.uas()::describe);
    SipTrace uac = run.uac().trace();
    everySdpOffersAudio(uac);
    everySdpOffersAudio(run.uas().trace());
    pair.check().accept(uac, run.uas().trace());
  }
}
