package io.cloudua.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `cloudua`: the command line of the gateway. */
@Command(name = "cloudua", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Cloud SIP User Agent gateway: real SIP calls for thin devices over REST and webhooks.",
        subcommands = {ServeCommand.class, TokenCommand.class, MigrateCommand.class, VersionCommand.class,
                KeysCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /**
     * The whole command line, reading environment variables from {@code env}: options not given as flags come
     * from the environment, then the --config file, then their defaults (see {@link ConfigDefaults}).
     */
    static CommandLine commandLine(java.util.Map<String, String> env) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setDefaultValueProvider(new ConfigDefaults(env));
        // A bad value from the environment or the config file: one line naming where it came from.
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((error, args) -> {
            if (error.getCause() instanceof io.cloudua.gateway.config.ConfigException config) {
                error.getCommandLine().getErr().println("cloudua: invalid configuration: " + config.getMessage());
                return 1;
            }
            return usage.handleParseException(error, args);
        });
        // Start-up failures an operator can act on get one line, not a stack trace.
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            if (error instanceof io.cloudua.gateway.config.ConfigException) {
                commandLine.getErr().println("cloudua: invalid configuration: " + error.getMessage());
                return 1;
            }
            if (error instanceof io.cloudua.sip.SipStartException
                    || error instanceof io.cloudua.store.StoreException
                    || error instanceof java.net.BindException) {
                commandLine.getErr().println("cloudua: " + error.getMessage());
                return 1;
            }
            throw error;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
