package io.cloudua.gateway.it;

import io.cloudua.api.token.JwtCodec;
import io.cloudua.gateway.security.KeyRingFile;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cloudua serve} as a child JVM, for what only a real process shows: how it takes SIGTERM (graceful
 * shutdown, exit code) and SIGKILL (durability of the store). It runs {@code io.cloudua.gateway.cli.Main}
 * from this test's class path, which is what {@code cloudua.jar} packages, so it tests the code just compiled
 * rather than a jar from an earlier build. Output goes to {@code gateway.log} in the data dir.
 */
final class GatewayProcess implements AutoCloseable {
    static final String ADMIN_KEY = "proc-admin";
    static final String ADMIN_SECRET = "proc-admin-secret";

    final Path dataDir;
    final int httpPort;
    final int sipPort;
    final RestClient rest;
    private final Process process;

    private GatewayProcess(Path dataDir, int httpPort, int sipPort, Process process) {
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.sipPort = sipPort;
        this.process = process;
        this.rest = new RestClient("http://127.0.0.1:" + httpPort);
    }

    /** Starts serve on loopback on free ports and waits until /readyz says 200. */
    static GatewayProcess start(Path dataDir, String... extraArgs) throws IOException, InterruptedException {
        int http = Ports.freeTcpPort();
        int sip = Ports.freeUdpAndTcpPort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.cloudua.gateway.cli.Main", "serve",
                "--bind", "127.0.0.1", "--http-port", String.valueOf(http), "--sip-port", String.valueOf(sip),
                "--sip-tls-port", "0", "--data-dir", dataDir.toString(), "--node-id", "proc-node",
                "--admin-key", ADMIN_KEY, "--admin-secret", ADMIN_SECRET));
        cmd.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("gateway.log").toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDUA_"));
        GatewayProcess gp = new GatewayProcess(dataDir, http, sip, pb.start());
        gp.awaitReady(Duration.ofSeconds(60));
        return gp;
    }

    private void awaitReady(Duration max) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(max);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (rest.get("/readyz", null, null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("gateway not ready after " + max + ":\n" + log());
    }

    /** A bearer token for a domain, signed with the key the process keeps in its data dir. */
    String token(String domain) {
        return new JwtCodec(KeyRingFile.loadOrCreate(dataDir), Clock.systemUTC()).mintApiToken(domain, Duration.ofMinutes(30));
    }

    RestClient.Response createDomain(String name, String callbackBaseUrl) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        body.put("application_id", "app");
        body.put("acl", List.of("127.0.0.0/8"));
        body.put("allowed_destinations", List.of("127.0.0.0/8"));
        if (callbackBaseUrl != null) {
            body.put("callback_base_url", callbackBaseUrl);
        }
        return rest.postBasic("/v1/psip/", body, ADMIN_KEY, ADMIN_SECRET);
    }

    /** SIGTERM (Process.destroy on Unix). */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, or -1 when still running after max. */
    int awaitExit(Duration max) throws InterruptedException {
        return process.waitFor(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String log() throws IOException {
        Path log = dataDir.resolve("gateway.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.toHandle().destroyForcibly();
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
