package io.cloudua.gateway.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML configuration file ({@code --config FILE}): a flat mapping whose keys are the long flag names of
 * {@code cloudua serve} without the leading dashes ({@code http-port: 8080}), so that one table documents
 * the flag, the environment variable and the file key of every setting. A list value
 * ({@code digest-algorithms: [SHA-256, MD5]}) stands for a comma-separated one.
 *
 * <p>Values are returned as text and converted like the flag would be; a key with no value is left unset.
 * Anything else (not YAML, not a mapping, a nested mapping) stops the start with a {@link ConfigException}
 * that names the file, the key and the reason.
 */
public final class YamlConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlConfigFile() { }

    /** The file's settings by key, in file order. */
    public static Map<String, String> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("config: no such file: " + file);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException("config " + file + ": not valid YAML" + where + ": " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException("config: cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return settings;   // an empty file
        }
        if (!root.isObject()) {
            throw new ConfigException("config " + file + ": must be a mapping of key: value, e.g. http-port: 8080");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String value = text(file, entry.getKey(), entry.getValue());
            if (value != null) {
                settings.put(entry.getKey(), value);
            }
        }
        return settings;
    }

    /** The parser's explanation without its source excerpt and caret lines: errors are printed as one line. */
    private static String oneLine(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
    }

    private static String text(Path file, String key, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new ConfigException("config " + file + ": " + key + ": a list may hold only plain values");
                }
                items.add(item.asText());
            }
            return String.join(",", items);
        }
        throw new ConfigException("config " + file + ": " + key + ": must be a single value or a list, not a mapping");
    }
}
