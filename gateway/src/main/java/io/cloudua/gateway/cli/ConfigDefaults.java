package io.cloudua.gateway.cli;

import io.cloudua.gateway.config.ConfigException;
import io.cloudua.gateway.config.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives every option not given on the command line its value from, in order: the environment variable
 * ({@code --http-port} reads {@code CLOUDUA_HTTP_PORT}), then the YAML file of {@code --config} (or
 * {@code CLOUDUA_CONFIG}), then the option's own default. So the precedence is flags, environment, file,
 * defaults, for every option, including ones added later, by naming convention alone.
 *
 * <p>Values from the environment and the file are checked against the option's type here, so a bad one stops
 * the start with a message naming the variable or the file key, not just the flag. Unknown file keys are
 * errors too: a misspelt key silently ignored is a setting silently not applied. Values of secret options
 * are never repeated in messages.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
    static final String CONFIG_OPTION = "--config";
    static final String CONFIG_ENV = "CLOUDUA_CONFIG";
    /** The commands configured this way; `token` keeps its own few options. */
    static final Set<String> CONFIGURED = Set.of("serve", "migrate");

    private final Map<String, String> env;
    private Path loadedPath;
    private Map<String, String> loaded;

    ConfigDefaults(Map<String, String> env) {
        this.env = env;
    }

    /** The environment variable of an option: {@code --db-url} reads {@code CLOUDUA_DB_URL}. */
    static String envName(String longName) {
        return "CLOUDUA_" + key(longName).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** The YAML key of an option: its long name without the dashes. */
    static String key(String longName) {
        return longName.startsWith("--") ? longName.substring(2) : longName;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()
                || !option.longestName().startsWith("--") || !CONFIGURED.contains(option.command().name())) {
            return null;
        }
        String name = option.longestName();
        if (name.equals(CONFIG_OPTION)) {
            return env.get(CONFIG_ENV);
        }
        String envName = envName(name);
        String fromEnv = env.get(envName);
        if (fromEnv != null) {
            OptionValues.check(option, envName, fromEnv);
            return fromEnv;
        }
        Path file = configFile(option.command());
        if (file == null) {
            return null;
        }
        String fromFile = settings(file, option.command()).get(key(name));
        if (fromFile != null) {
            OptionValues.check(option, "config " + file + ": " + key(name), fromFile);
        }
        return fromFile;
    }

    private Path configFile(CommandSpec command) {
        OptionSpec config = command.findOption(CONFIG_OPTION);
        Object given = config == null ? null : config.getValue();
        if (given != null) {
            return (Path) given;
        }
        String fromEnv = env.get(CONFIG_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }

    private Map<String, String> settings(Path file, CommandSpec command) {
        if (!file.equals(loadedPath)) {
            Map<String, String> read = YamlConfigFile.read(file);
            Set<String> known = knownKeys(command);
            for (String k : read.keySet()) {
                if (!known.contains(k)) {
                    throw new ConfigException("config " + file + ": unknown key '" + k + "' (keys are the long flags of "
                            + "'cloudua serve' without --; see docs/configuration.md)");
                }
            }
            loaded = read;
            loadedPath = file;
        }
        return loaded;
    }

    /** Every key the file may hold: the options of `serve`, which include those of `migrate`. */
    private static Set<String> knownKeys(CommandSpec command) {
        CommandLine serve = command.root().subcommands().get("serve");
        CommandSpec spec = serve == null ? command : serve.getCommandSpec();
        Set<String> keys = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (!o.usageHelp() && !o.versionHelp() && !o.longestName().equals(CONFIG_OPTION)) {
                keys.add(key(o.longestName()));
            }
        }
        return keys;
    }
}
