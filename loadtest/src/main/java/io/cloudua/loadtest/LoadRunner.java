package io.cloudua.loadtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark: measures this machine's SIPp ceiling (SIPp caller -> SIPp far end), then the gateway with
 * the device simulator and SIPp: inbound and outbound calls at rising rates, calls above the gateway's call
 * limit (overload), and a phase of concurrent held calls; samples CPU and heap throughout; writes result.json
 * and report.html. Each step is judged by {@link StepJudge}. Everything on 127.0.0.1; every
 * step and wait bounded; every process it started is stopped before it returns.
 */
public final class LoadRunner {
    /** Starts the gateway under test once the device's webhook URL is known. */
    public interface GatewayFactory {
        GatewayUnderTest start(String callbackBaseUrl, Path outDir) throws Exception;
    }

    private final LoadConfig config;
    private final GatewayFactory factory;
    private final Path out;
    private final Path scenarios;
    private final ProcSampler sampler = new ProcSampler(20_000);
    private final StepJudge judge;
    private final long deadline;
    private final List<Sipp> running = new ArrayList<>();
    private final Map<String, List<StepResult>> phases = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private HoldResult hold;
    private int stepNumber;
    private Map<String, Object> leftovers;
    private Boolean callStateReleased;
    /** The gateway's live heap (MiB, after a full GC) after the warm-up and at the end: growth means a leak. */
    private final Map<String, Double> liveHeapMiB = new LinkedHashMap<>();
    private String gatewayDescription = "";

    public LoadRunner(LoadConfig config, GatewayFactory factory) throws IOException {
        this.config = config;
        this.factory = factory;
        this.out = config.out.toAbsolutePath();
        Files.createDirectories(out);
        this.scenarios = Sipp.extractScenarios(out.resolve("scenarios"));
        this.judge = new StepJudge(config, sampler, out);
        this.deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(config.maxMinutes);
        sampler.track("loadtest", ProcessHandle.current().pid());
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(LoadConfig.usage());
            System.exit(0);
        }
        LoadConfig config;
        try {
            config = LoadConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.command.isEmpty()) {
            config.command = String.join(" ", args);
        }
        if (!Sipp.available(config.sipp)) {
            System.err.println("SIPp not found (" + config.sipp + "): install sip-tester or pass --sipp PATH");
            System.exit(2);
        }
        Path jar = config.jar.toAbsolutePath();
        if (!Files.exists(jar)) {
            System.err.println("gateway jar not found: " + jar + " (build it: mvn -B -q -o -DskipTests install)");
            System.exit(2);
        }
        List<String> jvm = new ArrayList<>(config.gatewayJvm);
        if (config.jfr) {
            // Starts after the warm-up, so the profile shows the measured steps, not the JIT's first minutes.
            jvm.add("-XX:StartFlightRecording=delay=" + (config.warmupSeconds + 5) + "s,settings=profile,dumponexit=true,filename="
                    + config.out.toAbsolutePath().resolve("gateway.jfr"));
        }
        List<String> gatewayArgs = new ArrayList<>(config.gatewayArgs);
        if (config.phases.contains("overload") && gatewayArgs.stream().noneMatch(a -> a.startsWith("--call-rate-limit"))) {
            gatewayArgs.add("--call-rate-limit=" + config.overloadLimit);   // else the harness turns the limit off
        }
        LoadRunner runner = new LoadRunner(config, (callback, dir) -> ExternalGateway.start(jar, jvm, gatewayArgs,
                Files.createTempDirectory("cloudua-load-"), dir.resolve("gateway.log"), config.domain, callback, 60));
        Map<String, Object> result = runner.run();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) result.get("summary");
        System.out.println();
        System.out.println("summary: " + summary);
        System.out.println("result:  " + runner.out.resolve("result.json"));
        System.out.println("report:  " + runner.out.resolve("report.html"));
        System.exit(0);
    }

    /** Runs every configured phase and writes the result files; returns the result tree. */
    public Map<String, Object> run() throws Exception {
        Instant startedAt = Instant.now();
        String loadAtStart = MachineInfo.readLoadavg();
        Thread hook = new Thread(this::stopAllSipp, "lt-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (config.phases.contains("ceiling")) {
                phases.put("ceiling", runCeiling());
            }
            if (config.phases.stream().anyMatch(p -> !p.equals("ceiling"))) {
                runAgainstGateway();
            }
        } finally {
            stopAllSipp();
            sampler.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // shutting down
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("startedAt", startedAt.toString());
        result.put("finishedAt", Instant.now().toString());
        result.put("command", config.command);
        Map<String, Object> machine = MachineInfo.describe(config.sipp);
        machine.put("loadavgAtStart", loadAtStart);
        result.put("machine", machine);
        result.put("gateway", gatewayDescription);
        result.put("config", config.toMap());
        result.put("summary", RunSummary.of(phases, config, callStateReleased, hold));
        result.put("phases", phases);
        result.put("hold", hold);
        result.put("liveHeapMiB", liveHeapMiB);
        result.put("heapObjectsAfterAllCallsEnded", leftovers);
        result.put("callStateReleased", callStateReleased);
        List<Map<String, Object>> hotspots = null;
        Path jfr = out.resolve("gateway.jfr");
        if (Files.exists(jfr)) {
            try {
                result.put("hotspots", hotspots = JfrHotspots.analyze(jfr, 25));
            } catch (IOException | RuntimeException e) {
                notes.add("JFR analysis failed: " + e.getMessage());
            }
        }
        result.put("notes", notes);
        result.put("samples", sampler.samples());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(out.resolve("result.json").toFile(), result);
        Files.writeString(out.resolve("report.html"), HtmlReport.render(result, phases, hold, sampler.samples(), hotspots));
        return result;
    }

    // ---------------------------------------------------------------- ceiling

    private List<StepResult> runCeiling() throws Exception {
        List<Integer> rates = new ArrayList<>(config.steps);
        int last = rates.get(rates.size() - 1);
        for (int r = last * 2; r <= config.ceilingMaxCps && rates.size() < 24; r *= 2) {
            rates.add(r);
        }
        List<StepResult> results = new ArrayList<>();
        for (int rate : rates) {
            if (outOfTime()) {
                notes.add("ceiling: stopped before " + rate + " cps: --max-minutes reached");
                break;
            }
            StepResult r = ceilingStep(rate);
            results.add(r);
            log(r);
            if (!r.pass() && config.stopOnFail) {
                break;
            }
        }
        return results;
    }

    private StepResult ceilingStep(int rate) throws Exception {
        String label = rate + " cps";
        Path dir = out.resolve("ceiling").resolve(String.format("%02d-%d-cps", ++stepNumber, rate));
        sampler.at("ceiling", label);
        double t0 = sampler.now();
        int uasPort = Ports.freeUdp();
        Duration bound = stepBound();
        Sipp uas = startSipp("sipp-uas", dir.resolve("uas"), List.of("-sf", scenarios.resolve("load-uas.xml").toString(),
                "-i", "127.0.0.1", "-p", Integer.toString(uasPort)), bound.plusSeconds(10));
        Thread.sleep(300);
        int planned = rate * config.stepSeconds;
        double uacStart = sampler.now();
        Sipp uac = startSipp("sipp-uac", dir.resolve("uac"), uacArgs("127.0.0.1:" + uasPort, "127.0.0.1:" + uasPort,
                "load-uac.xml", rate, planned, config.callHoldMillis), bound);
        int rc = uac.await(bound.plusSeconds(5));
        uas.stop();
        finished(uac, uas);
        double t1 = sampler.now();
        return judge.sippStep("ceiling", label, rate, planned, uac, rc, uacStart, t0, t1, null, uas);
    }

    // ---------------------------------------------------------------- gateway phases

    private void runAgainstGateway() throws Exception {
        DeviceSimulator sim = DeviceSimulator.start(new DeviceSimulator.Options(config.ringback, "PCMA", "PCMU",
                config.restConnections, config.webhookThreads), "127.0.0.1", 0);
        GatewayUnderTest gw = null;
        try {
            gw = factory.start(sim.callbackBaseUrl(), out);
            gatewayDescription = gw.describe();
            sampler.track("gateway", gw.pid());
            sampler.heap(gw.heapProbe());
            sim.connect(gw.host(), gw.httpPort(), gw.domain(), gw.token());
            sampler.at("warmup", "");
            warmUp(gw, sim);
            liveHeapMiB.put("afterWarmup", liveHeap(gw));
            if (config.phases.contains("inbound")) {
                phases.put("inbound", runRamp("inbound", gw, sim));
            }
            if (config.phases.contains("outbound")) {
                phases.put("outbound", runRamp("outbound", gw, sim));
            }
            if (config.phases.contains("overload") && !outOfTime()) {
                phases.put("overload", runOverload(gw, sim));
            }
            if (config.phases.contains("hold") && !outOfTime()) {
                hold = runHold(gw, sim);
            }
            sampler.at("end", "");
            Thread.sleep(1500 + config.releaseWaitSeconds * 1000L);
            liveHeapMiB.put("atEnd", liveHeap(gw));
            System.out.println("live heap after a full GC: " + liveHeapMiB + " MiB");
            leftovers(gw);
        } finally {
            stopAllSipp();
            if (gw != null) {
                gw.close();
            }
            sim.close();
        }
    }

    /**
     * Unreported inbound and outbound calls at min(100, first step) CPS before the first step, so the first
     * measured step is not the JIT's warm-up (C2 keeps compiling for tens of seconds under load).
     */
    private void warmUp(GatewayUnderTest gw, DeviceSimulator sim) throws Exception {
        if (config.warmupSeconds == 0) {
            return;
        }
        int rate = Math.min(100, config.steps.get(0));
        int calls = rate * config.warmupSeconds;
        Duration bound = Duration.ofSeconds(config.warmupSeconds + 60L);
        sim.beginStep("warmup");
        Sipp uac = startSipp("sipp-uac", out.resolve("warmup").resolve("inbound"), uacArgs(gw.host() + ":" + gw.sipPort(),
                gw.domain(), "load-uac.xml", rate, calls, 100), bound);
        Sipp uas = null;
        if (config.phases.contains("outbound")) {
            int uasPort = Ports.freeUdp();
            uas = startSipp("sipp-uas", out.resolve("warmup").resolve("outbound"), List.of("-sf",
                    scenarios.resolve("load-uas.xml").toString(), "-i", "127.0.0.1", "-p", Integer.toString(uasPort)), bound);
            Thread.sleep(300);
            sim.placeCalls(rate / 2.0, calls / 2, "sip:load@127.0.0.1:" + uasPort, 100, bound)
                    .get(bound.toSeconds() + 5, TimeUnit.SECONDS);
        }
        uac.await(bound.plusSeconds(5));
        sim.awaitIdle(Duration.ofSeconds(config.settleSeconds));
        sim.endStep();
        finished(uac);
        if (uas != null) {
            uas.stop();
            finished(uas);
        }
    }

    private List<StepResult> runRamp(String phase, GatewayUnderTest gw, DeviceSimulator sim) throws Exception {
        List<StepResult> results = new ArrayList<>();
        for (int rate : config.steps) {
            if (outOfTime()) {
                notes.add(phase + ": stopped before " + rate + " cps: --max-minutes reached");
                break;
            }
            StepResult r = phase.equals("inbound") ? inboundStep(gw, sim, rate, rate + " cps")
                    : outboundStep(gw, sim, rate, rate + " cps");
            results.add(r);
            log(r);
            if (!r.pass() && config.stopOnFail) {
                break;
            }
        }
        boolean anyFailed = results.stream().anyMatch(r -> !r.pass());
        if (anyFailed && config.recoveryStep && !outOfTime()) {
            // Overload must not leave the gateway broken: a short pause, then the lowest rate again.
            Thread.sleep(3000);
            int rate = config.steps.get(0);
            String label = "recovery " + rate + " cps";
            StepResult r = phase.equals("inbound") ? inboundStep(gw, sim, rate, label) : outboundStep(gw, sim, rate, label);
            results.add(r);
            log(r);
        }
        return results;
    }

    /**
     * Inbound calls at --overload-cps against a gateway limited to --overload-limit new calls per second: the
     * limit must be served as in a passing ramp step, the excess refused with 503 at once (SIPp's "invite-503"
     * response time), no call may fail; then a step at the first rate shows the gateway recovered.
     */
    private List<StepResult> runOverload(GatewayUnderTest gw, DeviceSimulator sim) throws Exception {
        int rate = config.overloadCps;
        String label = rate + " cps offered, limit " + config.overloadLimit;
        UacStep run = uacStep(gw, sim, "overload", "load-uac-overload.xml", rate, label, rate + "-cps");
        StepResult step = judge.sippStep("overload", label, config.overloadLimit, run.planned(), run.uac(), run.rc(), run.uacStart(),
                run.t0(), run.t1(), run.stats(), null);
        StepResult overload = judge.overload(step, run.uac(), rate);
        log(overload);
        System.out.printf("overload: %s refused with 503 (%s cps), refusal latency %s ms%n", overload.sipp().get("refusedCalls"),
                overload.sipp().get("refusedCps"), overload.sipp().get("refusedLatencyMs"));
        List<StepResult> results = new ArrayList<>(List.of(overload));
        if (!outOfTime()) {
            Thread.sleep(3000);
            StepResult recovery = inboundStep(gw, sim, config.steps.get(0), "recovery " + config.steps.get(0) + " cps");
            results.add(recovery);
            log(recovery);
        }
        return results;
    }

    private StepResult inboundStep(GatewayUnderTest gw, DeviceSimulator sim, int rate, String label) throws Exception {
        UacStep run = uacStep(gw, sim, "inbound", "load-uac.xml", rate, label, label.replace(' ', '-'));
        return judge.sippStep("inbound", label, rate, run.planned(), run.uac(), run.rc(), run.uacStart(), run.t0(), run.t1(),
                run.stats(), null);
    }

    /** A SIPp caller's step against the gateway, finished and settled: what sippStep needs to judge it. */
    private record UacStep(Sipp uac, int rc, int planned, double uacStart, double t0, double t1, StepStats stats) { }

    /** Runs scenario from a SIPp caller at rate for --step-seconds, then lets the device settle. */
    private UacStep uacStep(GatewayUnderTest gw, DeviceSimulator sim, String phase, String scenario, int rate, String label,
                            String dirName) throws Exception {
        Path dir = out.resolve(phase).resolve(String.format("%02d-", ++stepNumber) + dirName);
        sampler.at(phase, label);
        double t0 = sampler.now();
        StepStats stats = sim.beginStep(phase + " " + label);
        int planned = rate * config.stepSeconds;
        Duration bound = stepBound();
        double uacStart = sampler.now();
        Sipp uac = startSipp("sipp-uac", dir, uacArgs(gw.host() + ":" + gw.sipPort(), gw.domain(), scenario, rate,
                planned, config.callHoldMillis), bound);
        int rc = uac.await(bound.plusSeconds(5));
        finished(uac);
        sim.awaitIdle(Duration.ofSeconds(config.settleSeconds));
        sim.endStep();
        return new UacStep(uac, rc, planned, uacStart, t0, sampler.now(), stats);
    }

    private StepResult outboundStep(GatewayUnderTest gw, DeviceSimulator sim, int rate, String label) throws Exception {
        Path dir = out.resolve("outbound").resolve(String.format("%02d-", ++stepNumber) + label.replace(' ', '-'));
        sampler.at("outbound", label);
        double t0 = sampler.now();
        int uasPort = Ports.freeUdp();
        Duration bound = stepBound();
        Sipp uas = startSipp("sipp-uas", dir, List.of("-sf", scenarios.resolve("load-uas.xml").toString(),
                "-i", "127.0.0.1", "-p", Integer.toString(uasPort)), bound.plusSeconds(10));
        Thread.sleep(300);
        StepStats stats = sim.beginStep("outbound " + label);
        int planned = rate * config.stepSeconds;
        int placed;
        try {
            placed = sim.placeCalls(rate, planned, "sip:load@127.0.0.1:" + uasPort, config.callHoldMillis,
                    Duration.ofSeconds(config.stepSeconds * 3L + 10)).get(config.stepSeconds * 3L + 15, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            placed = (int) stats.outboundPlaced.sum();
            notes.add("outbound " + label + ": pacing did not finish: " + e);
        }
        sim.awaitIdle(Duration.ofMillis(config.callHoldMillis).plusSeconds(config.settleSeconds));
        sim.endStep();
        uas.stop();
        finished(uas);
        double t1 = sampler.now();

        return judge.outbound(label, rate, planned, placed, stats, uas, t0, t1);
    }

    // ---------------------------------------------------------------- hold

    private HoldResult runHold(GatewayUnderTest gw, DeviceSimulator sim) throws Exception {
        int calls = config.holdCalls;
        int cps = config.holdCps;
        int holdSeconds = config.effectiveHoldSeconds();
        double ramp = (double) calls / cps;
        sampler.at("hold", calls + " calls");
        double t0 = sampler.now();
        Double before = liveHeap(gw);
        StepStats stats = sim.beginStep("hold");
        Duration bound = Duration.ofSeconds((long) Math.ceil(ramp) + holdSeconds + 60);
        Sipp uac = startSipp("sipp-uac", out.resolve("hold"), uacArgs(gw.host() + ":" + gw.sipPort(), gw.domain(),
                "load-uac-hold.xml", cps, calls, holdSeconds * 1000L), bound);
        long peak = 0;
        long rampEnd = System.nanoTime() + (long) ((ramp + 2) * 1e9);
        while (System.nanoTime() < rampEnd && uac.isAlive()) {
            peak = Math.max(peak, sim.inboundActive());
            Thread.sleep(200);
        }
        peak = Math.max(peak, sim.inboundActive());
        sampler.at("hold", "peak");
        Double atPeak = liveHeap(gw);
        peak = Math.max(peak, sim.inboundActive());
        sampler.at("hold", "release");
        int rc = uac.await(bound.plusSeconds(5));
        finished(uac);
        sim.awaitIdle(Duration.ofSeconds(config.settleSeconds));
        sim.endStep();
        Thread.sleep(1000);
        Double after = liveHeap(gw);
        double t1 = sampler.now();
        Sipp.Stats st = uac.stats();
        Double maxHeap = null;
        Double maxRss = null;
        for (ProcSampler.Sample s : sampler.between(t0, t1)) {
            if (s.heapUsedMiB() != null) {
                maxHeap = maxHeap == null ? s.heapUsedMiB() : Math.max(maxHeap, s.heapUsedMiB());
            }
            Double rss = s.rssMiB().get("gateway");
            if (rss != null) {
                maxRss = maxRss == null ? rss : Math.max(maxRss, rss);
            }
        }
        Double perCall = before != null && atPeak != null && peak > 0
                ? Histogram.round3((atPeak - before) * 1024 / peak) : null;
        List<String> why = new ArrayList<>();
        long failed = st.failed() + stats.inboundFailed() + Math.max(0, calls - st.created());
        if (rc != 0) {
            why.add("SIPp exit " + rc + ": " + uac.lastError());
        }
        if (failed > 0) {
            why.add(failed + " failed " + st.failures() + " " + stats.toMap().get("failures"));
        }
        if (peak < calls) {
            why.add("peak " + peak + " of " + calls + " calls up at once");
        }
        if (before != null && after != null && after > before + Math.max(16, before * 0.2)) {
            // Not a failure by itself: ended transactions and dialogs stay ~32 s for SIP's timers (Timer D/J);
            // whether they are then released is what --release-wait-seconds checks at the end of the run.
            notes.add(String.format("hold: live heap 1 s after the calls ended %.1f MiB vs %.1f MiB before (SIP timers"
                    + " keep ended transactions ~32 s; see heapObjectsAfterAllCallsEnded with --release-wait-seconds 70)",
                    after, before));
        }
        HoldResult r = new HoldResult(calls, cps, holdSeconds, peak, st.successful(), failed, before, atPeak, after, maxHeap,
                maxRss, perCall, why.isEmpty(), why.isEmpty() ? "ok" : String.join("; ", why), t0, t1, judge.sippMap(uac, rc),
                stats.toMap());
        System.out.printf("hold      %6d calls @ %4d cps for %ds: peak %d up, live heap %.1f -> %.1f -> %.1f MiB (%s KiB/call) %s%n",
                calls, cps, holdSeconds, peak, nz(before), nz(atPeak), nz(after), perCall, r.verdict());
        return r;
    }

    private static double nz(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** Full GC, then the heap used as the probe sees it about 1.5 s later (jstat samples once a second). */
    private Double liveHeap(GatewayUnderTest gw) throws InterruptedException {
        gw.gc();
        Thread.sleep(1600);
        long[] h = gw.heapProbe().read();
        return h == null ? null : Histogram.round3(h[0] / 1048576.0);
    }

    /** After every call ended: which call-state objects are still on the gateway's heap (see CallStateLeftovers). */
    private void leftovers(GatewayUnderTest gw) throws IOException {
        String histogram = gw.classHistogram();
        if (histogram == null) {
            return;
        }
        Files.writeString(out.resolve("gateway-histogram-end.txt"), histogram);
        leftovers = CallStateLeftovers.parse(histogram);
        if (config.releaseWaitSeconds >= 40) {
            callStateReleased = CallStateLeftovers.released(leftovers);
        }
        System.out.println("after all calls ended (+" + config.releaseWaitSeconds + " s), still on the gateway's heap: " + leftovers);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> uacArgs(String target, String domain, String scenario, int rate, int calls, long holdMillis)
            throws IOException {
        return List.of(target, "-sf", scenarios.resolve(scenario).toString(), "-set", "domain", domain, "-s", "load",
                "-i", "127.0.0.1", "-p", Integer.toString(Ports.freeUdp()), "-r", Integer.toString(rate), "-rp", "1000",
                "-m", Integer.toString(calls), "-l", Integer.toString(Math.max(calls, 1)), "-d", Long.toString(holdMillis),
                "-recv_timeout", "15000");
    }

    /** How long a step may run: its calls, their hold time, and a minute of slack. */
    private Duration stepBound() {
        return Duration.ofSeconds(config.stepSeconds + config.callHoldMillis / 1000 + 60);
    }

    private Sipp startSipp(String name, Path dir, List<String> args, Duration timeout) throws IOException {
        Sipp s = Sipp.start(config.sipp, name, dir, args, timeout);
        synchronized (running) {
            running.add(s);
        }
        sampler.track(name, s.pid());
        return s;
    }

    private void finished(Sipp... done) {
        for (Sipp s : done) {
            sampler.untrack(s.name());
            synchronized (running) {
                running.remove(s);
            }
        }
    }

    private void stopAllSipp() {
        List<Sipp> copy;
        synchronized (running) {
            copy = new ArrayList<>(running);
            running.clear();
        }
        for (Sipp s : copy) {
            try {
                s.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean outOfTime() {
        return System.nanoTime() > deadline;
    }

    private void log(StepResult r) {
        Object gwCpu = ((Map<?, ?>) r.resources().get("cpuCoresAvg")).get("gateway");
        System.out.printf("%-9s %-18s offered %6.0f cps, completed %7.1f cps, ok %6d, failed %5d, p50 %7.2f p95 %7.2f p99 %7.2f ms,"
                        + " gateway cpu %s (%s ms/call), others %s, %s%n", r.phase(), r.label(), r.offeredCps(), r.completedCps(),
                r.successful(), r.failed(), r.p("p50Ms"), r.p("p95Ms"), r.p("p99Ms"), gwCpu == null ? "-" : gwCpu,
                r.resources().getOrDefault("gatewayCpuMsPerCall", "-"), r.resources().get("otherProcessesCoresAvg"), r.verdict());
    }
}
