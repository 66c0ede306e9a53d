package io.cloudua.gateway.cli;

import io.cloudua.store.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `cloudua migrate`: runs the schema migrations and exits, for upgrades run ahead of the nodes. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Run the store's schema migrations and exit.")
public final class MigrateCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--config", paramLabel = "FILE",
            description = "The YAML file of 'cloudua serve'; only its store settings are used (env CLOUDUA_CONFIG).")
    java.nio.file.Path configFile;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        java.nio.file.Files.createDirectories(store.dataDir);
        try (Database db = Database.open(store.dbUrl, store.dataDir, store.dbUser, store.dbPassword)) {
            db.migrate();
            System.out.println("migrations applied (" + db.vendor() + ")");
        }
        return 0;
    }
}
