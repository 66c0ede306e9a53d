package io.cloudua.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.docker.DockerFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/configuration.md has one table of every setting; it must list exactly the options of `cloudua serve`,
 * each with the YAML key and environment variable the loader really reads. A new flag fails here until it is
 * documented.
 */
class ConfigurationDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| (—|`([a-z0-9-]+)`) \\| `(--[a-z0-9-]+)` \\| `(CLOUDUA_[A-Z0-9_]+)` \\|");

    @Test
    void theTableListsExactlyTheServeOptionsWithTheirKeyAndVariable() throws Exception {
        List<String> lines = Files.readAllLines(DockerFiles.dir().resolveSibling("docs/configuration.md"));
        Map<String, String> documented = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            String flag = m.group(3);
            String key = m.group(2);
            documented.put(flag, m.group(4));
            if (flag.equals(ConfigDefaults.CONFIG_OPTION)) {
                if (key != null) {
                    problems.add("--config cannot be a key of the file");
                }
            } else if (!ConfigDefaults.key(flag).equals(key)) {
                problems.add(flag + " is documented with key " + key);
            }
        }
        Map<String, String> options = new TreeMap<>();
        for (OptionSpec option : Main.commandLine(Map.of()).getSubcommands().get("serve").getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                String name = option.longestName();
                options.put(name, name.equals(ConfigDefaults.CONFIG_OPTION) ? ConfigDefaults.CONFIG_ENV : ConfigDefaults.envName(name));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(documented).isEqualTo(options);
    }
}
