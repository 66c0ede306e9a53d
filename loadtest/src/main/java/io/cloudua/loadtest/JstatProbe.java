package io.cloudua.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The heap of another JVM, from `jstat -gc PID 1000` running alongside it: used (S0U+S1U+EU+OU), committed
 * (S0C+S1C+EC+OC), GC count (YGC+FGC+CGC) and GC time. Cheap: jstat reads the target's perf-data memory.
 */
public final class JstatProbe implements ProcSampler.HeapProbe, AutoCloseable {
    private final Process process;
    private volatile long[] latest;

    public JstatProbe(long pid) throws IOException {
        process = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(this::pump, "lt-jstat");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = new HashMap<>();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 0 && f[0].equals("S0C")) {
                    columns.clear();
                    for (int i = 0; i < f.length; i++) {
                        columns.put(f[i], i);
                    }
                    continue;
                }
                if (columns.isEmpty() || f.length < columns.size()) {
                    continue;
                }
                try {
                    double used = get(f, columns, "S0U") + get(f, columns, "S1U") + get(f, columns, "EU") + get(f, columns, "OU");
                    double committed = get(f, columns, "S0C") + get(f, columns, "S1C") + get(f, columns, "EC") + get(f, columns, "OC");
                    double gcs = get(f, columns, "YGC") + get(f, columns, "FGC") + get(f, columns, "CGC");
                    double gct = get(f, columns, "GCT");
                    latest = new long[] {(long) (used * 1024), (long) (committed * 1024), (long) gcs, (long) (gct * 1000)};
                } catch (NumberFormatException ignored) {
                    // "-" columns
                }
            }
        } catch (IOException ignored) {
            // jstat ended
        }
    }

    private static double get(String[] f, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= f.length || f[i].equals("-")) {
            return 0;
        }
        return Double.parseDouble(f[i]);
    }

    @Override
    public long[] read() {
        return latest;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
