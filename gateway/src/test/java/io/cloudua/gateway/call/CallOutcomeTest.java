package io.cloudua.gateway.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.call.CallOutcome.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The free-text reasons of the outcome log line map to a small closed set of metric labels. */
class CallOutcomeTest {

    @ParameterizedTest(name = "answered={0} reason={1} status={2} -> {3} {4}")
    @CsvSource({
        "true,  caller hangup,         0,   ANSWERED,  none",
        "true,  answered after cancel, 200, ANSWERED,  2xx",
        "false, caller cancelled,      487, CANCELLED, 4xx",
        "false, cancelled,             487, CANCELLED, 4xx",
        "false, no answer,             480, TIMED_OUT, 4xx",
        "false, failed,                408, TIMED_OUT, 4xx",
        "false, timeout,               0,   TIMED_OUT, none",
        "false, shutdown,              0,   SHUTDOWN,  none",
        "false, failed,                486, FAILED,    4xx",
        "false, failed,                503, FAILED,    5xx",
        "false, failed,                603, FAILED,    6xx",
        "false, device rejected,       486, FAILED,    4xx",
        "false, webhook undeliverable, 480, FAILED,    4xx",
        "false, invite failed,         0,   FAILED,    none",
    })
    void classifies(boolean answered, String reason, int status, Kind kind, String statusClass) {
        CallOutcome outcome = CallOutcome.classify(answered, reason, status);
        assertThat(outcome.kind()).isEqualTo(kind);
        assertThat(outcome.statusClass()).isEqualTo(statusClass);
    }

    @ParameterizedTest
    @CsvSource({"99, none", "100, 1xx", "699, 6xx", "700, none", "-1, none"})
    void statusClassIsBounded(int status, String expected) {
        assertThat(CallOutcome.statusClass(status)).isEqualTo(expected);
    }
}
