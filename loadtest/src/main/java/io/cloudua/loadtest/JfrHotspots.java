package io.cloudua.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where the gateway's CPU went, from the jdk.ExecutionSample events of a JFR recording (read with the JDK's
 * `jfr print --stack-depth 64`, streamed): the top methods by own samples, cloudua methods and lines by
 * inclusive samples, and samples per thread pool.
 */
public final class JfrHotspots {
    private JfrHotspots() { }

    public static List<Map<String, Object>> analyze(Path recording, int top) throws IOException {
        String jfr = Path.of(System.getProperty("java.home"), "bin", "jfr").toString();
        Process p = new ProcessBuilder(jfr, "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                recording.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfLine = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> inclusiveLine = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        int total = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String thread = "?";
            List<String> frames = null;
            while ((line = in.readLine()) != null) {
                String t = line.trim();
                if (t.startsWith("sampledThread = ")) {
                    int q1 = t.indexOf('"');
                    int q2 = t.indexOf('"', q1 + 1);
                    thread = q1 >= 0 && q2 > q1 ? t.substring(q1 + 1, q2).replaceAll("[-#]?\\d+$", "") : "?";
                } else if (t.equals("stackTrace = [")) {
                    frames = new ArrayList<>();
                } else if (frames != null && t.equals("]")) {
                    if (!frames.isEmpty()) {
                        total++;
                        threads.merge(thread, 1, Integer::sum);
                        String topFrame = frames.get(0);
                        self.merge(method(topFrame), 1, Integer::sum);
                        selfLine.merge(topFrame, 1, Integer::sum);
                        packages.merge(pkg(method(topFrame)), 1, Integer::sum);
                        Set<String> seen = new LinkedHashSet<>();
                        Set<String> seenLines = new LinkedHashSet<>();
                        for (String f : frames) {
                            if (f.startsWith("io.cloudua.")) {
                                seen.add(method(f));
                                seenLines.add(f);
                            }
                        }
                        seen.forEach(m -> inclusive.merge(m, 1, Integer::sum));
                        seenLines.forEach(m -> inclusiveLine.merge(m, 1, Integer::sum));
                    }
                    frames = null;
                } else if (frames != null && !t.equals("...")) {
                    frames.add(t);
                }
            }
        } finally {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        add(out, "total", Map.of("samples", total), total, 1);
        add(out, "self method", self, total, top);
        add(out, "self frame (with line)", selfLine, total, top);
        add(out, "top-frame package", packages, total, 15);
        add(out, "thread", threads, total, 15);
        add(out, "cloudua method, inclusive", inclusive, total, top);
        add(out, "cloudua line, inclusive", inclusiveLine, total, top);
        return out;
    }

    private static void add(List<Map<String, Object>> out, String kind, Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(top).forEach(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("name", e.getKey());
            m.put("samples", e.getValue());
            m.put("percent", total == 0 ? 0 : Histogram.round3(100.0 * e.getValue() / total));
            out.add(m);
        });
    }

    /** "a.b.C.m(int) line: 12" -> "a.b.C.m(int)". */
    static String method(String frame) {
        int i = frame.indexOf(" line:");
        return i < 0 ? frame : frame.substring(0, i);
    }

    /** The first three package components of a method, e.g. gov.nist.javax. */
    static String pkg(String method) {
        String[] parts = method.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, parts.length - 2); i++) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(parts[i]);
        }
        return sb.length() == 0 ? method : sb.toString();
    }
}
