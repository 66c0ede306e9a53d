package io.cloudua.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four commands: each has --help, version prints, migrate migrates, token mints. */
class CliTest {

    @Test
    void rootHelpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: cloudua", "serve", "token", "migrate", "version");
    }

    @Test
    void keysRotateHasHelp() {
        CliRun run = CliRun.of("keys", "rotate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: cloudua keys rotate").contains("--data-dir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "token", "migrate", "version", "keys"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: cloudua " + command).contains("--help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void serveHelpNamesEverySettingAndTheConfigFile() {
        assertThat(CliRun.of("serve", "--help").out()).contains("--config=FILE", "--log-format", "--http-port", "--db-url");
    }

    @Test
    void helpNeverShowsSecretsFromTheEnvironment() {
        CliRun run = CliRun.of(java.util.Map.of("CLOUDUA_ADMIN_SECRET", "env-admin-5ecret", "CLOUDUA_DB_PASSWORD", "env-db-5ecret"),
                "serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("env-admin-5ecret", "env-db-5ecret");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("cloudua \\S+\\R");
        assertThat(CliRun.of("--version").out()).isEqualTo(run.out());
    }

    @Test
    void migrateAppliesTheMigrationsAndExits(@TempDir Path dir) {
        CliRun run = CliRun.of("migrate", "--data-dir", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("migrations applied (h2)");
        assertThat(dir.resolve("cloudua.mv.db")).exists();
    }

    @Test
    void migrateReadsTheStoreSettingsOfTheConfigFile(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("from-config");
        Path config = Files.writeString(dir.resolve("cloudua.yaml"), "http-port: 8081\ndata-dir: " + data + "\n");
        CliRun run = CliRun.of("migrate", "--config", config.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(data.resolve("cloudua.mv.db")).exists();
    }

    @Test
    void tokenPrintsABearerJwtAndRefusesABadDomain(@TempDir Path dir) {
        CliRun run = CliRun.of("token", "--data-dir", dir.toString(), "--domain", "mydomain");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(CliRun.of("token", "--data-dir", dir.toString(), "--domain", "NO").exitCode()).isNotZero();
    }
}
