package io.cloudua.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsTest {

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void configuredCredentialsAreChecked() {
        AdminCredentials c = AdminCredentials.load("ops", "s3cret-value", Path.of("/nonexistent"));
        assertThat(c.matchesBasic(basic("ops", "s3cret-value"))).isTrue();
        assertThat(c.matchesBasic(basic("ops", "wrong"))).isFalse();
        assertThat(c.matchesBasic(basic("other", "s3cret-value"))).isFalse();
        assertThat(c.matchesBasic("Bearer x")).isFalse();
        assertThat(c.matchesBasic("Basic !!!")).isFalse();
        assertThat(c.matchesBasic(null)).isFalse();
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void generatedOnceIntoAnOwnerOnlyFileAndReused(@TempDir Path dir) throws Exception {
        AdminCredentials first = AdminCredentials.load(null, null, dir);
        AdminCredentials second = AdminCredentials.load(null, null, dir);
        assertThat(second.key()).isEqualTo(first.key());
        Path file = dir.resolve(AdminCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String secret = Files.readAllLines(file).stream().filter(l -> l.startsWith("secret=")).findFirst().orElseThrow().substring(7);
        assertThat(second.matchesBasic(basic(first.key(), secret))).isTrue();
    }
}
