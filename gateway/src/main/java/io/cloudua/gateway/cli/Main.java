package io.cloudua.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `cloudua`: the command line of the gateway. */
@Command(name = "cloudua", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Cloud SIP User Agent gateway: real SIP calls for thin devices over REST and webhooks.",
        subcommands = {ServeCommand.class, TokenCommand.class, MigrateCommand.class, VersionCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        // Start-up failures an operator can act on get one line, not a stack trace.
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            if (error instanceof io.cloudua.gateway.config.ConfigException
                    || error instanceof io.cloudua.sip.SipStartException
                    || error instanceof io.cloudua.store.StoreException
                    || error instanceof java.net.BindException) {
                commandLine.getErr().println("cloudua: " + error.getMessage());
                return 1;
            }
            throw error;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
