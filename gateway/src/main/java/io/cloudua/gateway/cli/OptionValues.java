package io.cloudua.gateway.cli;

import io.cloudua.gateway.config.ConfigException;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks a value from the environment or the configuration file against its option's type before picocli
 * converts it, so the error names where the value came from ({@code CLOUDUA_HTTP_PORT}, or the file and key)
 * instead of only the flag. Secret options never have their value repeated.
 */
final class OptionValues {
    private OptionValues() { }

    static void check(OptionSpec option, String where, String value) {
        Class<?> type = option.type();
        if (java.util.Collection.class.isAssignableFrom(type)) {
            Class<?> item = option.auxiliaryTypes().length > 0 ? option.auxiliaryTypes()[0] : String.class;
            String split = option.splitRegex().isEmpty() ? "," : option.splitRegex();
            for (String part : value.split(split, -1)) {
                checkOne(option, item, where, part.trim());
            }
        } else {
            checkOne(option, type, where, value);
        }
    }

    private static void checkOne(OptionSpec option, Class<?> type, String where, String value) {
        String shown = secret(option) ? "(hidden)" : "'" + value + "'";
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.trim());
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new ConfigException(where + ": " + shown + " is not true or false");
                }
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (constant.toString().equalsIgnoreCase(value.trim())) {
                        return;
                    }
                }
                throw new ConfigException(where + ": " + shown + " is not one of "
                        + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            }
        } catch (NumberFormatException e) {
            throw new ConfigException(where + ": " + shown + " is not a whole number");
        }
        if (value.isBlank() && type != String.class) {
            throw new ConfigException(where + ": must not be empty");
        }
    }

    /** Options whose values are credentials. */
    static boolean secret(OptionSpec option) {
        String name = option.longestName().toLowerCase(Locale.ROOT);
        return name.contains("secret") || name.contains("password");
    }
}
