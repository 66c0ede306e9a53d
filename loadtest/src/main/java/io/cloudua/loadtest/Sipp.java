package io.cloudua.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One SIPp process of a load step, run in its own directory so that its statistics (-trace_stat, one row a
 * second) and per-call response times (-trace_rtt) land there, and the parsing of both.
 */
public final class Sipp implements AutoCloseable {
    public static final List<String> SCENARIOS = List.of("load-uac.xml", "load-uac-hold.xml", "load-uac-overload.xml", "load-uas.xml");

    /** Totals from the last row of SIPp's statistics file. */
    public record Stats(long created, long successful, long failed, long current, long retransmissions,
                        long deadCallMsgs, long outOfCallMsgs, Map<String, Long> failures) {
        static final Stats EMPTY = new Stats(0, 0, 0, 0, 0, 0, 0, Map.of());
    }

    /** One response-time distribution (ms, SIPp's resolution) and when its measurements were taken. */
    public record Rtd(Histogram histogram, double firstMs, double lastMs, java.util.TreeMap<Integer, Histogram> perSecond) {
        /** Rate at which the measured event happened (e.g. 200 OKs per second); 0 with fewer than two. */
        public double ratePerSecond() {
            long n = histogram.count();
            return n < 2 || lastMs <= firstMs ? 0 : (n - 1) * 1000.0 / (lastMs - firstMs);
        }
    }

    private final String name;
    private final Process process;
    private final Path dir;
    private final long startedAt = System.nanoTime();

    private Sipp(String name, Process process, Path dir) {
        this.name = name;
        this.process = process;
        this.dir = dir;
    }

    /** Copies the scenarios from the classpath into dir; returns dir. */
    public static Path extractScenarios(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String s : SCENARIOS) {
            try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + s)) {
                if (in == null) {
                    throw new IOException("scenario " + s + " missing from the classpath");
                }
                Files.write(dir.resolve(s), in.readAllBytes());
            }
        }
        return dir;
    }

    /** Whether a SIPp binary runs here. */
    public static boolean available(String binary) {
        try {
            Process p = new ProcessBuilder(binary, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.contains("SIPp");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static String version(String binary) {
        try {
            Process p = new ProcessBuilder(binary, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.lines().filter(l -> l.contains("SIPp")).findFirst().orElse("?").trim();
        } catch (IOException | InterruptedException e) {
            return "unavailable";
        }
    }

    /**
     * Starts SIPp in dir with the common options (statistics every second, response times, no stdin,
     * big socket buffers, a global timeout so it always ends) plus the given ones.
     */
    public static Sipp start(String binary, String name, Path dir, List<String> args, Duration globalTimeout) throws IOException {
        Files.createDirectories(dir);
        // A reused result directory must not mix an earlier run's per-call times into this one.
        try (Stream<Path> old = Files.list(dir)) {
            for (Path f : old.filter(p -> p.getFileName().toString().endsWith("_rtt.csv")
                    || p.getFileName().toString().equals("stat.csv")).toList()) {
                Files.delete(f);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(binary);
        cmd.addAll(args);
        cmd.addAll(List.of("-nostdin", "-trace_stat", "-stf", "stat.csv", "-fd", "1", "-trace_rtt", "-rtt_freq", "100",
                "-trace_err", "-error_file", "errors.log", "-max_log_size", "2000000",
                "-buff_size", "4194304", "-max_recv_loops", "5000", "-max_sched_loops", "5000",
                "-timeout", globalTimeout.toSeconds() + "s", "-timeout_error"));
        Files.writeString(dir.resolve("command.txt"), String.join(" ", cmd) + "\n");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        return new Sipp(name, p, dir);
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for SIPp to end by itself; kills it after timeout. Returns its exit code, or -999 when killed. */
    public int await(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        stop();
        return -999;
    }

    /** Ends SIPp (SIGTERM, then SIGKILL after 5 s). SIPp flushes its statistics on SIGTERM. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public Stats stats() throws IOException {
        return parseStats(dir.resolve("stat.csv"));
    }

    public Map<String, Rtd> rtds() throws IOException {
        return parseRtt(dir);
    }

    /** The last line of stderr, where SIPp says why it stopped. */
    public String lastError() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("stderr.txt"));
            return lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    static Stats parseStats(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return Stats.EMPTY;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.ISO_8859_1);
        if (lines.size() < 2) {
            return Stats.EMPTY;
        }
        String[] header = lines.get(0).split(";");
        String[] last = lines.get(lines.size() - 1).split(";");
        Map<String, Long> v = new LinkedHashMap<>();
        for (int i = 0; i < header.length && i < last.length; i++) {
            if (header[i].endsWith("(C)")) {
                try {
                    v.put(header[i].substring(0, header[i].length() - 3), Long.parseLong(last[i].trim()));
                } catch (NumberFormatException ignored) {
                    // time columns
                }
            } else if (header[i].equals("CurrentCall")) {
                try {
                    v.put("CurrentCall", Long.parseLong(last[i].trim()));
                } catch (NumberFormatException ignored) {
                    // absent
                }
            }
        }
        Map<String, Long> failures = new LinkedHashMap<>();
        v.forEach((k, n) -> {
            if (k.startsWith("Failed") && !k.equals("FailedCall") && n > 0) {
                failures.put(k.substring(6), n);
            }
        });
        long created = v.getOrDefault("OutgoingCall", 0L) + v.getOrDefault("IncomingCall", 0L);
        return new Stats(created, v.getOrDefault("SuccessfulCall", 0L), v.getOrDefault("FailedCall", 0L),
                v.getOrDefault("CurrentCall", 0L), v.getOrDefault("Retransmissions", 0L),
                v.getOrDefault("DeadCallMsgs", 0L), v.getOrDefault("OutOfCallMsgs", 0L), failures);
    }

    /** Reads every *_rtt.csv in dir: "Date_ms;response_time_ms;rtd_no". */
    static Map<String, Rtd> parseRtt(Path dir) throws IOException {
        Map<String, Histogram> hist = new LinkedHashMap<>();
        Map<String, double[]> span = new LinkedHashMap<>();
        Map<String, java.util.TreeMap<Integer, Histogram>> perSecond = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("_rtt.csv")).toList();
        }
        for (Path f : files) {
            try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
                lines.forEach(line -> {
                    String[] parts = line.split(";");
                    if (parts.length < 3 || parts[0].startsWith("Date")) {
                        return;
                    }
                    try {
                        double at = Double.parseDouble(parts[0]);
                        double ms = Double.parseDouble(parts[1]);
                        String rtd = parts[2].trim();
                        hist.computeIfAbsent(rtd, k -> new Histogram()).recordMicros(Math.round(ms * 1000));
                        perSecond.computeIfAbsent(rtd, k -> new java.util.TreeMap<>())
                                .computeIfAbsent((int) (at / 1000), k -> new Histogram()).recordMicros(Math.round(ms * 1000));
                        double[] sp = span.computeIfAbsent(rtd, k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                        sp[0] = Math.min(sp[0], at);
                        sp[1] = Math.max(sp[1], at);
                    } catch (NumberFormatException ignored) {
                        // partial line
                    }
                });
            }
        }
        Map<String, Rtd> out = new LinkedHashMap<>();
        hist.forEach((k, h) -> out.put(k, new Rtd(h, span.get(k)[0], span.get(k)[1], perSecond.get(k))));
        return out;
    }
}
