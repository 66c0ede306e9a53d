package io.cloudua.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid configuration stops `serve` before anything starts, with one line that names the key (flag,
 * variable or file key) and the reason, and exit status 1 (2 for a malformed command line).
 */
class InvalidConfigTest {
    @TempDir
    Path dir;

    private static void assertRejected(CliRun run, String... expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("cloudua: invalid configuration: ").contains(expected);
        assertThat(run.out()).isEmpty();
    }

    private CliRun serveWithFile(String yaml) throws Exception {
        return CliRun.of("serve", "--config", Files.writeString(dir.resolve("bad.yaml"), yaml).toString());
    }

    @Test
    void notANumberInTheEnvironment() {
        assertRejected(CliRun.of(Map.of("CLOUDUA_HTTP_PORT", "eighty"), "serve"), "CLOUDUA_HTTP_PORT: 'eighty' is not a whole number");
    }

    @Test
    void notANumberInTheFile() throws Exception {
        assertRejected(serveWithFile("sip-port: five\n"), "bad.yaml: sip-port: 'five' is not a whole number");
    }

    @Test
    void notANumberOnTheCommandLineIsAUsageError() {
        CliRun run = CliRun.of("serve", "--http-port", "eighty");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--http-port", "eighty");
    }

    @Test
    void unknownKeyInTheFile() throws Exception {
        assertRejected(serveWithFile("htp-port: 8080\n"), "unknown key 'htp-port'");
    }

    @Test
    void fileThatIsNotYaml() throws Exception {
        assertRejected(serveWithFile("http-port: [8080\n"), "bad.yaml: not valid YAML");
    }

    @Test
    void fileThatIsNotAMapping() throws Exception {
        assertRejected(serveWithFile("- http-port\n"), "must be a mapping of key: value");
    }

    @Test
    void nestedMappingInTheFile() throws Exception {
        assertRejected(serveWithFile("db:\n  url: jdbc:h2:mem:x\n"), "db: must be a single value or a list");
    }

    @Test
    void missingFile() {
        assertRejected(CliRun.of("serve", "--config", dir.resolve("nope.yaml").toString()), "no such file", "nope.yaml");
    }

    @Test
    void valueNotInTheAllowedSet() {
        assertRejected(CliRun.of(Map.of("CLOUDUA_LOG_FORMAT", "xml"), "serve"), "CLOUDUA_LOG_FORMAT: 'xml' is not one of [text, json]");
    }

    @Test
    void portOutOfRange() {
        assertRejected(CliRun.of("serve", "--http-port", "70000"), "http-port must be a port number (1-65535), got 70000");
        assertRejected(CliRun.of("serve", "--sip-port", "0"), "sip-port must be a port number");
    }

    @Test
    void durationNotPositive() {
        assertRejected(CliRun.of("serve", "--no-answer-timeout", "0"), "no-answer-timeout must be a positive duration");
        assertRejected(CliRun.of(Map.of("CLOUDUA_WEBHOOK_TIMEOUT", "-5"), "serve"), "webhook-timeout must be a positive duration");
    }

    @Test
    void credentialsIncompleteOrTooShortWithoutRepeatingTheSecret() {
        assertRejected(CliRun.of("serve", "--admin-key", "admin"), "admin-key and admin-secret must be given together");
        CliRun shortSecret = CliRun.of("serve", "--admin-key", "admin", "--admin-secret", "pw-9z");
        assertRejected(shortSecret, "admin-secret must be at least 8 characters");
        assertThat(shortSecret.err()).doesNotContain("pw-9z");
    }

    @Test
    void unsupportedDigestAlgorithm() {
        assertRejected(CliRun.of("serve", "--digest-algorithms", "SHA-1"), "digest-algorithms must list SHA-256 and/or MD5");
    }

    @Test
    void tlsCertificateWithoutItsKey() throws Exception {
        assertRejected(serveWithFile("tls-cert: /etc/cloudua/cert.pem\n"), "tls-cert and tls-key must be given together");
    }
}
