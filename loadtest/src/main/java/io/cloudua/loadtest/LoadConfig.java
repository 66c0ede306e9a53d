package io.cloudua.loadtest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one load run, from `--name value` arguments. Every phase is bounded: a fixed list of
 * steps, each of fixed length, each waited for with a timeout, and the whole run by {@code maxMinutes}.
 */
public final class LoadConfig {
    public Path jar = Path.of("gateway/target/cloudua.jar");
    public Path out = Path.of("loadtest/target/results",
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    public List<String> phases = List.of("ceiling", "inbound", "outbound", "hold");
    public List<Integer> steps = List.of(50, 100, 200, 400);
    public int stepSeconds = 3;
    public long callHoldMillis = 500;
    public boolean ringback = true;
    public boolean stopOnFail = true;
    public boolean recoveryStep = true;
    public int ceilingMaxCps = 800;
    public double minCompletedRatio = 0.9;
    /** A step whose p99 call-setup latency is above this fails: past 500 ms the caller retransmits its INVITE. */
    public double maxP99Ms = 500;
    /** The latency the target asks for; the summary names the highest rate that meets it. */
    public double targetP99Ms = 50;
    public int holdCalls = 600;
    public int holdCps = 200;
    /** 0: ramp time (holdCalls / holdCps) + 8 s, so every call is up at the peak. */
    public int holdSeconds = 0;
    /** As docs/operations.md recommends: G1 aiming at 20 ms pauses (its 200 ms default cost p99 88 ms at 1000 CPS). */
    public List<String> gatewayJvm = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20");
    public List<String> gatewayArgs = List.of();
    /** The overload phase: calls offered per second, and the gateway's call-rate-limit it runs with. */
    public int overloadCps = 2000;
    public int overloadLimit = 1000;
    public boolean jfr = false;
    public String sipp = "sipp";
    public int settleSeconds = 15;
    /** Calls before the first measured step (inbound at min(100, first step) CPS), so the JIT has compiled the hot paths. */
    public int warmupSeconds = 5;
    public String domain = "loaddomain";
    public int restConnections = 64;
    public int webhookThreads = 1;
    public int maxMinutes = 30;
    /** Seconds to wait after the last call before listing what call state is still on the gateway's heap. */
    public int releaseWaitSeconds = 0;
    public String command = "";

    public static LoadConfig parse(String[] args) {
        LoadConfig c = new LoadConfig();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException(usage());
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a + "\n" + usage());
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (key.equals("jfr") || key.equals("no-ringback") || key.equals("no-stop-on-fail")
                    || key.equals("no-recovery")) {
                value = "true";
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + key + " needs a value");
                }
                value = args[++i];
            }
            try {
                c.set(key, value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + key + ": not a number: " + value);
            }
        }
        c.validate();
        return c;
    }

    private void set(String key, String v) {
        switch (key) {
            case "jar" -> jar = Path.of(v);
            case "out" -> out = Path.of(v);
            case "phases" -> phases = csv(v);
            case "steps" -> steps = csv(v).stream().map(Integer::parseInt).toList();
            case "step-seconds" -> stepSeconds = Integer.parseInt(v);
            case "call-hold-ms" -> callHoldMillis = Long.parseLong(v);
            case "no-ringback" -> ringback = false;
            case "no-stop-on-fail" -> stopOnFail = false;
            case "no-recovery" -> recoveryStep = false;
            case "ceiling-max-cps" -> ceilingMaxCps = Integer.parseInt(v);
            case "min-completed-ratio" -> minCompletedRatio = Double.parseDouble(v);
            case "max-p99-ms" -> maxP99Ms = Double.parseDouble(v);
            case "target-p99-ms" -> targetP99Ms = Double.parseDouble(v);
            case "hold-calls" -> holdCalls = Integer.parseInt(v);
            case "hold-cps" -> holdCps = Integer.parseInt(v);
            case "overload-cps" -> overloadCps = Integer.parseInt(v);
            case "overload-limit" -> overloadLimit = Integer.parseInt(v);
            case "hold-seconds" -> holdSeconds = Integer.parseInt(v);
            case "gateway-jvm" -> gatewayJvm = v.isBlank() ? List.of() : Arrays.asList(v.trim().split("\\s+"));
            case "gateway-args" -> gatewayArgs = v.isBlank() ? List.of() : Arrays.asList(v.trim().split("\\s+"));
            case "jfr" -> jfr = true;
            case "sipp" -> sipp = v;
            case "settle-seconds" -> settleSeconds = Integer.parseInt(v);
            case "warmup-seconds" -> warmupSeconds = Integer.parseInt(v);
            case "domain" -> domain = v;
            case "rest-connections" -> restConnections = Integer.parseInt(v);
            case "webhook-threads" -> webhookThreads = Integer.parseInt(v);
            case "max-minutes" -> maxMinutes = Integer.parseInt(v);
            case "release-wait-seconds" -> releaseWaitSeconds = Integer.parseInt(v);
            case "command" -> command = v;
            default -> throw new IllegalArgumentException("unknown option --" + key + "\n" + usage());
        }
    }

    private static List<String> csv(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    void validate() {
        for (String p : phases) {
            if (!List.of("ceiling", "inbound", "outbound", "overload", "hold").contains(p)) {
                throw new IllegalArgumentException("unknown phase " + p + " (ceiling, inbound, outbound, overload, hold)");
            }
        }
        if (steps.isEmpty() || steps.size() > 20 || steps.stream().anyMatch(s -> s < 1 || s > 20000)) {
            throw new IllegalArgumentException("--steps: 1 to 20 rates, each 1-20000 CPS");
        }
        if (stepSeconds < 1 || stepSeconds > 3600) {
            throw new IllegalArgumentException("--step-seconds: 1-3600");
        }
        if (callHoldMillis < 0 || callHoldMillis > 600_000) {
            throw new IllegalArgumentException("--call-hold-ms: 0-600000");
        }
        if (holdCalls < 1 || holdCalls > 200_000 || holdCps < 1 || holdCps > 20000 || holdSeconds < 0 || holdSeconds > 1800) {
            throw new IllegalArgumentException("--hold-calls 1-200000, --hold-cps 1-20000, --hold-seconds 0-1800");
        }
        if (overloadCps < 1 || overloadCps > 20000 || overloadLimit < 1 || overloadLimit > overloadCps) {
            throw new IllegalArgumentException("--overload-cps 1-20000, --overload-limit 1 to --overload-cps");
        }
        if (warmupSeconds < 0 || warmupSeconds > 600) {
            throw new IllegalArgumentException("--warmup-seconds: 0-600");
        }
        if (releaseWaitSeconds < 0 || releaseWaitSeconds > 900) {
            throw new IllegalArgumentException("--release-wait-seconds: 0-900");
        }
        if (maxMinutes < 1 || maxMinutes > 240) {
            throw new IllegalArgumentException("--max-minutes: 1-240");
        }
        if (ceilingMaxCps < 1 || ceilingMaxCps > 50000) {
            throw new IllegalArgumentException("--ceiling-max-cps: 1-50000");
        }
    }

    /** How long the held calls of the hold phase stay up. */
    public int effectiveHoldSeconds() {
        return holdSeconds > 0 ? holdSeconds : (int) Math.ceil((double) holdCalls / holdCps) + 8;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jar", jar.toString());
        m.put("out", out.toString());
        m.put("phases", phases);
        m.put("steps", steps);
        m.put("stepSeconds", stepSeconds);
        m.put("callHoldMs", callHoldMillis);
        m.put("ringback", ringback);
        m.put("stopOnFail", stopOnFail);
        m.put("recoveryStep", recoveryStep);
        m.put("ceilingMaxCps", ceilingMaxCps);
        m.put("minCompletedRatio", minCompletedRatio);
        m.put("maxP99Ms", maxP99Ms);
        m.put("targetP99Ms", targetP99Ms);
        m.put("holdCalls", holdCalls);
        m.put("holdCps", holdCps);
        m.put("holdSeconds", effectiveHoldSeconds());
        m.put("gatewayJvm", gatewayJvm);
        m.put("gatewayArgs", gatewayArgs);
        m.put("overloadCps", overloadCps);
        m.put("overloadLimit", overloadLimit);
        m.put("jfr", jfr);
        m.put("sipp", sipp);
        m.put("warmupSeconds", warmupSeconds);
        m.put("domain", domain);
        m.put("restConnections", restConnections);
        m.put("webhookThreads", webhookThreads);
        m.put("maxMinutes", maxMinutes);
        m.put("releaseWaitSeconds", releaseWaitSeconds);
        return m;
    }

    public static String usage() {
        return """
                usage: loadtest/run.sh [options]
                  --phases LIST         ceiling,inbound,outbound,overload,hold (default: all but overload)
                  --steps LIST          CPS per step (default 50,100,200,400); the ceiling keeps doubling past the
                                        last one up to --ceiling-max-cps (default 800) while it passes
                  --step-seconds N      length of each step (default 3)
                  --call-hold-ms N      how long each call stays up in the rate steps (default 500)
                  --no-ringback         answer inbound calls without sendremotecallringbackjwt first
                  --no-stop-on-fail     run every step even after one fails (default: stop the phase)
                  --no-recovery         skip the step at the lowest rate after a failing step
                  --min-completed-ratio R  a step passes when completed CPS >= R x offered (default 0.9)
                  --max-p99-ms N        ... and its p99 setup latency <= N ms (default 500: the INVITE retransmit time)
                  --target-p99-ms N     the summary also names the highest passing rate with p99 < N (default 50)
                  --overload-cps N      overload phase: inbound calls offered per second (default 2000) ...
                  --overload-limit N    ... to a gateway started with --call-rate-limit N (default 1000); the
                                        step passes when the limit is served, the excess gets 503, none fails
                  --hold-calls N        concurrent calls of the hold phase (default 600)
                  --hold-cps N          rate they are set up at (default 200)
                  --hold-seconds N      how long each is held (default: ramp time + 8 s)
                  --gateway-jvm OPTS    JVM options of the gateway (default "-Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20")
                  --gateway-args ARGS   more `cloudua serve` options (the harness already turns off the per-source
                                        SIP rate limit and lifts the per-token API rate, when the jar has them)
                  --jfr                 record a JFR profile of the gateway and list its hotspots in the report
                  --jar PATH            gateway jar (default gateway/target/cloudua.jar)
                  --out DIR             result directory (default loadtest/target/results/<time>)
                  --sipp PATH           SIPp binary (default sipp)
                  --settle-seconds N    how long a step may take to drain after its last call (default 15)
                  --warmup-seconds N    unreported calls before the first step, for the JIT (default 5; 0: none)
                  --rest-connections N  device's keep-alive connections to the REST API (default 64)
                  --webhook-threads N   device's webhook event loops (default 1)
                  --max-minutes N       hard bound of the whole run (default 30)
                  --release-wait-seconds N  wait N s after the last call, then list the call state (SIP transactions,
                                        dialogs, calls, timer tasks) still on the gateway's heap (default 0)
                """;
    }
}
