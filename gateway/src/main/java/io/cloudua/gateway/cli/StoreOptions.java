package io.cloudua.gateway.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives: shared by serve, migrate and token. */
final class StoreOptions {
    @Option(names = "--data-dir", defaultValue = "${env:CLOUDUA_DATA_DIR:-./data}",
            description = "Directory for keys, generated credentials and the embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:CLOUDUA_DB_URL}",
            description = "JDBC URL of the store, e.g. jdbc:postgresql://127.0.0.1:5432/cloudua (default: embedded H2 in the data dir).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:CLOUDUA_DB_USER}", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:CLOUDUA_DB_PASSWORD}", description = "Database password.")
    String dbPassword;
}
