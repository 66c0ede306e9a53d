package io.cloudua.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CI smoke of the load harness: a few seconds of inbound and outbound calls at 20 CPS through a real
 * gateway (started in this JVM), the device simulator and SIPp, with zero failed calls, and both result
 * files written. Performance itself is measured by loadtest/run.sh, not asserted here.
 */
class LoadSmokeIT {

    @Test
    @Timeout(120)
    void twentyCallsPerSecondInboundAndOutboundWithoutFailures() throws Exception {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !Sipp.available("sipp")) {
            throw new AssertionError("SIPp (Debian package sip-tester) is needed in CI; scripts/test.sh installs it");
        }
        assumeTrue(Sipp.available("sipp"), "SIPp (Debian package sip-tester) is needed");
        LoadConfig config = LoadConfig.parse(new String[] {
            "--phases", "inbound,outbound,hold", "--steps", "20", "--step-seconds", "5", "--call-hold-ms", "500",
            "--hold-calls", "60", "--hold-cps", "30", "--hold-seconds", "4", "--no-recovery", "--settle-seconds", "10",
            "--warmup-seconds", "2",
            "--max-minutes", "2", "--out", "target/smoke-" + System.currentTimeMillis()});
        config.command = "LoadSmokeIT";
        LoadRunner runner = new LoadRunner(config, (callback, dir) -> new InProcessGateway(config.domain, callback));

        Map<String, Object> result = runner.run();

        @SuppressWarnings("unchecked")
        Map<String, List<StepResult>> phases = (Map<String, List<StepResult>>) result.get("phases");
        for (String phase : List.of("inbound", "outbound")) {
            assertThat(phases.get(phase)).as(phase).hasSize(1);
            StepResult step = phases.get(phase).get(0);
            assertThat(step.failed()).as(phase + " failed calls: " + step.verdict()).isZero();
            assertThat(step.successful()).as(phase + " completed calls: " + step.verdict()).isEqualTo(100);
            assertThat(step.pass()).as(phase + ": " + step.verdict()).isTrue();
        }
        StepResult inbound = phases.get("inbound").get(0);
        assertThat(inbound.device()).containsEntry("inboundCompleted", 100L);
        @SuppressWarnings("unchecked")
        Map<String, Long> webhooks = (Map<String, Long>) inbound.device().get("webhooks");
        assertThat(webhooks).containsEntry("newRemoteCall", 100L).containsEntry("callAnswered", 100L)
                .containsEntry("callHungup", 100L);
        assertThat(inbound.resources()).containsKeys("cpuCoresAvg", "machineBusyCoresAvg", "samples");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) result.get("summary");
        assertThat(summary).containsEntry("inboundSustainedCps", 20).containsEntry("outboundSustainedCps", 20)
                .containsEntry("inboundFailedCallsTotal", 0L).containsEntry("holdPassed", true);
        HoldResult hold = (HoldResult) result.get("hold");
        assertThat(hold.failed()).as("hold: " + hold.verdict()).isZero();
        assertThat(hold.peakConcurrent()).isEqualTo(60);
        Path out = config.out.toAbsolutePath();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("Inbound");
        assertThat(out.resolve("result.json")).isNotEmptyFile();
    }
}
