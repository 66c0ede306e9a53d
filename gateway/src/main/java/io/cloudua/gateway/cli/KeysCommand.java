package io.cloudua.gateway.cli;

import io.cloudua.api.token.KeyRing;
import io.cloudua.gateway.security.KeyRingFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `cloudua keys rotate`: adds a new active JWT signing key to the data dir's ring. Old keys stay, so bearer
 * tokens and replyIds already handed out keep working; a running server on that data dir picks the new ring
 * up within seconds, without a restart. Prints kids only, never key material.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the JWT signing keys.",
        subcommands = KeysCommand.Rotate.class)
public final class KeysCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Add a new active signing key; older keys keep verifying.")
    public static final class Rotate implements Callable<Integer> {
        @Option(names = "--data-dir", defaultValue = "${env:CLOUDUA_DATA_DIR:-./data}",
                description = "The server's data directory (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path dataDir;

        @Override
        public Integer call() {
            KeyRing ring = KeyRingFile.rotate(dataDir);
            System.out.println("active key " + ring.active().kid() + "; keys " + ring.keys().stream()
                    .map(io.cloudua.api.token.SigningKey::kid).toList() + " in " + KeyRingFile.path(dataDir));
            return 0;
        }
    }
}
