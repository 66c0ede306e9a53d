package io.cloudua.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.docker.DockerFiles;
import io.cloudua.gateway.logging.LogFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Flags override environment variables, which override the --config file, which overrides the defaults. */
class ConfigPrecedenceTest {
    @TempDir
    Path dir;

    private ServeCommand parse(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine(env);
        cli.parseArgs(args);
        return (ServeCommand) cli.getSubcommands().get("serve").getCommand();
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("cloudua.yaml"), yaml);
    }

    @Test
    void flagsOverrideEnvironmentOverrideFileOverrideDefaults() throws Exception {
        Path file = config("""
                http-port: 1111
                sip-port: 2222
                bind: 10.0.0.1
                log-format: json
                digest-algorithms: [MD5]
                data-dir: /srv/cloudua
                """);
        ServeCommand serve = parse(Map.of("CLOUDUA_SIP_PORT", "3333", "CLOUDUA_HTTP_PORT", "5555"),
                "serve", "--config", file.toString(), "--http-port", "4444");
        assertThat(serve.httpPort).as("flag over env and file").isEqualTo(4444);
        assertThat(serve.sipPort).as("env over file").isEqualTo(3333);
        assertThat(serve.bind).as("file over default").isEqualTo("10.0.0.1");
        assertThat(serve.logFormat).isEqualTo(LogFormat.JSON);
        assertThat(serve.digestAlgorithms).containsExactly("MD5");
        assertThat(serve.store.dataDir).isEqualTo(Path.of("/srv/cloudua"));
        assertThat(serve.webhookSeconds).as("default").isEqualTo(5);
        assertThat(serve.sipTlsPort).as("default").isEqualTo(5061);
    }

    @Test
    void theEnvironmentNamesTheConfigFileWhenNoFlagDoes() throws Exception {
        Path file = config("http-port: 1111\n");
        assertThat(parse(Map.of("CLOUDUA_CONFIG", file.toString()), "serve").httpPort).isEqualTo(1111);
    }

    @Test
    void withoutAnyFileOrEnvironmentTheDefaultsApply() {
        ServeCommand serve = parse(Map.of(), "serve");
        assertThat(serve.httpPort).isEqualTo(8080);
        assertThat(serve.sipPort).isEqualTo(5060);
        assertThat(serve.bind).isEqualTo("0.0.0.0");
        assertThat(serve.logFormat).isEqualTo(LogFormat.TEXT);
        assertThat(serve.adminSecret).isNull();
        assertThat(serve.store.dataDir).isEqualTo(Path.of("./data"));
    }

    @Test
    void everyEnvironmentVariableIsTheFlagNameUpperCased() {
        ServeCommand serve = parse(Map.of("CLOUDUA_DB_URL", "jdbc:postgresql://db/cloudua", "CLOUDUA_ADMIN_SECRET", "s3cret-s3cret",
                "CLOUDUA_NO_ANSWER_TIMEOUT", "30", "CLOUDUA_LOG_FORMAT", "JSON"), "serve");
        assertThat(serve.store.dbUrl).isEqualTo("jdbc:postgresql://db/cloudua");
        assertThat(serve.adminSecret).isEqualTo("s3cret-s3cret");
        assertThat(serve.noAnswerSeconds).isEqualTo(30);
        assertThat(serve.logFormat).isEqualTo(LogFormat.JSON);
    }

    @Test
    void theExampleFileOfDockerIsValid() {
        ServeCommand serve = parse(Map.of(), "serve", "--config", DockerFiles.dir().resolve("cloudua.yaml").toString());
        assertThat(serve.httpPort).isEqualTo(8080);
        assertThat(serve.logFormat).isEqualTo(LogFormat.JSON);
        assertThat(serve.digestAlgorithms).isEqualTo(List.of("SHA-256", "MD5"));
    }
}
