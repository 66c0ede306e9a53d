package io.cloudua.gateway.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a SIPVicious tool (Debian package sipvicious: svwar, svcrack) as the attacker of a test, bounded in
 * time: the tools wait for retransmissions long after they are done, so a run ends at its deadline, or
 * shortly after a line saying the tool has nothing left to send. The output (stdout and stderr, where the
 * tools log) is returned whole.
 */
final class Sipvicious {
    private Sipvicious() { }

    /** Fails the test (never skips) when the tools are missing, naming the package. */
    static void require() {
        for (String tool : List.of("svwar", "svcrack")) {
            try {
                Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    continue;
                }
            } catch (IOException | InterruptedException e) {
                // fall through
            }
            throw new AssertionError(tool + " is not installed: apt-get install -y sipvicious (scripts/test.sh does this)");
        }
    }

    /**
     * Runs tool with args until it exits, until {@code max} has passed, or {@code grace} after a line
     * containing {@code doneMarker} (null: none) was printed.
     */
    static String run(List<String> command, Duration max, String doneMarker, Duration grace) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong doneAt = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (doneMarker != null && line.contains(doneMarker)) {
                        doneAt.compareAndSet(0, System.nanoTime());
                    }
                }
            } catch (IOException e) {
                lines.add("(output read failed: " + e + ")");
            }
        }, "sipvicious-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + max.toNanos();
        while (p.isAlive() && System.nanoTime() < deadline
                && (doneAt.get() == 0 || System.nanoTime() - doneAt.get() < grace.toNanos())) {
            Thread.sleep(50);
        }
        if (p.isAlive()) {
            p.destroy();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        reader.join(2000);
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
