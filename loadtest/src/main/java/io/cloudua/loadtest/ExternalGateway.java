package io.cloudua.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * `java -jar cloudua.jar serve` as a child process on loopback with a fresh data dir; the domain and token
 * are made through its management API and its `token` command, as a user would.
 */
public final class ExternalGateway implements GatewayUnderTest {
    static final String ADMIN_KEY = "load-admin";
    static final String ADMIN_SECRET = "load-admin-secret";

    private final Process process;
    private final Path jar;
    private final List<String> jvmOptions;
    private final int httpPort;
    private final int sipPort;
    private final String domain;
    private final String token;
    private final Path log;
    private final Path dataDir;
    private JstatProbe jstat;

    private ExternalGateway(Process process, Path jar, List<String> jvmOptions, int httpPort, int sipPort, String domain,
                            String token, Path log, Path dataDir) {
        this.process = process;
        this.jar = jar;
        this.jvmOptions = jvmOptions;
        this.httpPort = httpPort;
        this.sipPort = sipPort;
        this.domain = domain;
        this.token = token;
        this.log = log;
        this.dataDir = dataDir;
    }

    /**
     * Starts the gateway and waits (at most 90 s) until /readyz answers, then creates the domain and mints
     * its token. The process is killed when anything fails.
     */
    public static ExternalGateway start(Path jar, List<String> jvmOptions, List<String> extraArgs, Path dataDir, Path log,
                                        String domain, String callbackBaseUrl, int noAnswerSeconds)
            throws IOException, InterruptedException {
        int httpPort = Ports.freeTcp();
        int sipPort = Ports.freeUdpAndTcp();
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--bind", "127.0.0.1", "--http-port", Integer.toString(httpPort),
                "--sip-port", Integer.toString(sipPort), "--data-dir", dataDir.toString(), "--admin-key", ADMIN_KEY,
                "--admin-secret", ADMIN_SECRET, "--no-answer-timeout", Integer.toString(noAnswerSeconds), "--node-id", "loadtest"));
        // All load comes from one address (127.0.0.1): a gateway with a per-source SIP rate limit must have it off.
        // Likewise the one device token makes every REST call: lift a per-token API rate limit far above the load.
        String help = serveHelp(jar);
        if (help.contains("--sip-rate-limit")) {
            cmd.add("--sip-rate-limit=0");
        }
        if (help.contains("--api-rate=")) {
            cmd.add("--api-rate=1000000");
        }
        if (help.contains("--api-burst=")) {
            cmd.add("--api-burst=1000000");
        }
        // A ramp measures what the gateway can do, so its own call-rate limit is off unless the run sets one
        // (--gateway-args --call-rate-limit=N: the overload measurement).
        if (help.contains("--call-rate-limit=") && extraArgs.stream().noneMatch(a -> a.startsWith("--call-rate-limit"))) {
            cmd.add("--call-rate-limit=0");
        }
        cmd.addAll(extraArgs);
        Files.writeString(log.resolveSibling("gateway-command.txt"), String.join(" ", cmd) + "\n");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitReady(http, p, httpPort, log);
            createDomain(httpPort, ADMIN_KEY, ADMIN_SECRET, domain, callbackBaseUrl);
            String token = mintToken(jar, dataDir, domain);
            return new ExternalGateway(p, jar, jvmOptions, httpPort, sipPort, domain, token, log, dataDir);
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Creates a domain through the management API (POST /v1/psip/) whose webhooks go to callbackBaseUrl. */
    public static void createDomain(int httpPort, String adminKey, String adminSecret, String domain, String callbackBaseUrl)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // allowed_destinations lets outbound calls reach the SIPp far end on loopback (gateways that check
        // placed destinations refuse others with 403); a gateway that does not know the field gets it removed.
        String common = "{\"name\":\"" + domain + "\",\"application_id\":\"loadtest\",\"acl\":[\"127.0.0.0/8\"],"
                + "\"callback_base_url\":\"" + callbackBaseUrl + "\"";
        HttpResponse<String> created = postDomain(http, httpPort, adminKey, adminSecret,
                common + ",\"allowed_destinations\":[\"127.0.0.1\"]}");
        if (created.statusCode() == 400 && created.body().contains("allowed_destinations")) {
            created = postDomain(http, httpPort, adminKey, adminSecret, common + "}");
        }
        if (created.statusCode() / 100 != 2) {
            throw new IOException("domain not created: " + created.statusCode() + " " + created.body());
        }
    }

    private static HttpResponse<String> postDomain(HttpClient http, int httpPort, String adminKey, String adminSecret,
                                                   String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/v1/psip/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((adminKey + ":" + adminSecret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** `serve --help` of this jar, to see which options it has; empty when it cannot be run. */
    static String serveHelp(Path jar) {
        try {
            Process p = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "serve", "--help").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out;
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void waitReady(HttpClient http, Process p, int httpPort, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("gateway exited with " + p.exitValue() + "; log:\n" + tail(log, 30));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/readyz"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IOException("gateway not ready within 90 s; log:\n" + tail(log, 30));
    }

    private static String mintToken(Path jar, Path dataDir, String domain) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "token", "--data-dir", dataDir.toString(),
                "--domain", domain, "--ttl-seconds", "86400").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
            p.destroyForcibly();
            throw new IOException("token command failed: " + out);
        }
        String[] lines = out.split("\\R");
        return lines[lines.length - 1].trim();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int httpPort() {
        return httpPort;
    }

    @Override
    public int sipPort() {
        return sipPort;
    }

    @Override
    public String domain() {
        return domain;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public synchronized ProcSampler.HeapProbe heapProbe() {
        if (jstat == null) {
            try {
                jstat = new JstatProbe(process.pid());
            } catch (IOException e) {
                return () -> null;
            }
        }
        return jstat;
    }

    @Override
    public void gc() {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            // best effort
        }
    }

    @Override
    public String classHistogram() {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return out;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    @Override
    public String describe() {
        return "java " + String.join(" ", jvmOptions) + " -jar " + jar + " serve (pid " + process.pid() + ")";
    }

    public Path log() {
        return log;
    }

    /** SIGTERM (graceful stop), SIGKILL after 15 s. */
    @Override
    public void close() {
        if (jstat != null) {
            jstat.close();
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(dataDir);
    }

    static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // already gone
        }
    }
}
