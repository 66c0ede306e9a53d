package io.cloudua.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples, once a second, the CPU (cores busy, from /proc/PID/stat utime+stime) and RSS of named processes,
 * the whole machine's CPU (/proc/stat) and the gateway's Java heap, each sample tagged with the phase and
 * step running at the time. Bounded: it stops with the run, and keeps at most {@code maxSamples}.
 */
public final class ProcSampler implements AutoCloseable {
    /** A reading of the gateway's heap in bytes: used, committed, GC count, GC seconds; null when unknown. */
    public interface HeapProbe {
        long[] read();
    }

    public record Sample(double t, String phase, String step, Map<String, Double> cpu, Map<String, Double> rssMiB,
                         double machineBusyCores, Double heapUsedMiB, Double heapCommittedMiB, Long gcCount,
                         Double gcSeconds) { }

    private static final double CLK_TCK = 100.0;
    private static final long PAGE = 4096;

    private final Map<String, Long> pids = new ConcurrentHashMap<>();
    private final Map<String, long[]> lastTicks = new ConcurrentHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final long start = System.nanoTime();
    private final int maxSamples;
    private final Thread thread;
    private volatile HeapProbe heap;
    private volatile String phase = "";
    private volatile String step = "";
    private volatile boolean running = true;
    private long[] lastMachine;

    public ProcSampler(int maxSamples) {
        this.maxSamples = maxSamples;
        thread = new Thread(this::loop, "lt-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public void track(String name, long pid) {
        pids.put(name, pid);
        lastTicks.remove(name);
    }

    public void untrack(String name) {
        pids.remove(name);
        lastTicks.remove(name);
    }

    public void heap(HeapProbe probe) {
        this.heap = probe;
    }

    public void at(String phase, String step) {
        this.phase = phase;
        this.step = step;
    }

    public double now() {
        return (System.nanoTime() - start) / 1e9;
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Samples between two run times (seconds), for per-step averages. */
    public synchronized List<Sample> between(double from, double to) {
        return samples.stream().filter(s -> s.t() >= from && s.t() <= to).toList();
    }

    private void loop() {
        long next = System.nanoTime();
        while (running) {
            next += 1_000_000_000L;
            try {
                sample();
            } catch (RuntimeException e) {
                // a process went away between listing and reading: skip this sample
            }
            long sleep = (next - System.nanoTime()) / 1_000_000;
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void sample() {
        long now = System.nanoTime();
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> rss = new LinkedHashMap<>();
        for (var e : pids.entrySet()) {
            long[] stat = readPid(e.getValue());
            if (stat == null) {
                continue;
            }
            long[] prev = lastTicks.put(e.getKey(), new long[] {stat[0], now});
            if (prev != null && now > prev[1]) {
                cpu.put(e.getKey(), Histogram.round3((stat[0] - prev[0]) / CLK_TCK / ((now - prev[1]) / 1e9)));
            }
            rss.put(e.getKey(), Histogram.round3(stat[1] * PAGE / 1048576.0));
        }
        double machine = 0;
        long[] m = readMachine();
        if (m != null && lastMachine != null && m[1] > lastMachine[1]) {
            double busyFraction = (double) (m[0] - lastMachine[0]) / (m[1] - lastMachine[1]);
            machine = Histogram.round3(busyFraction * Runtime.getRuntime().availableProcessors());
        }
        lastMachine = m;
        HeapProbe probe = heap;
        long[] h = probe == null ? null : probe.read();
        Sample s = new Sample(Histogram.round3(now() ), phase, step, cpu, rss, machine,
                h == null ? null : Histogram.round3(h[0] / 1048576.0), h == null ? null : Histogram.round3(h[1] / 1048576.0),
                h == null ? null : h[2], h == null ? null : Histogram.round3(h[3] / 1000.0));
        synchronized (this) {
            if (samples.size() < maxSamples) {
                samples.add(s);
            }
        }
    }

    /** utime+stime ticks and RSS pages of a process; null when it is gone. */
    static long[] readPid(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String rest = stat.substring(stat.lastIndexOf(')') + 2);
            String[] f = rest.split(" ");
            // f[0] is field 3 (state): utime is field 14, stime 15, rss 24
            return new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[21])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** busy and total jiffies of all CPUs. */
    static long[] readMachine() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
