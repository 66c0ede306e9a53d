package io.cloudua.gateway.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the repository's docker/ directory, parsed: compose, Prometheus configuration and alert
 * rules, Grafana provisioning and dashboards. There is no container engine on the build machines, so
 * parsing them (and checking what they refer to) is how the tests keep them working.
 */
public final class DockerFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerFiles() { }

    /** docker/ of the repository, found from the module's directory (where Maven runs the tests). */
    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker/compose.yaml"))) {
                return p.resolve("docker");
            }
        }
        throw new IllegalStateException("no docker/compose.yaml above " + Path.of("").toAbsolutePath());
    }

    public static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(dir().resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(relative + " does not parse", e);
        }
    }

    public static JsonNode json(String relative) {
        try {
            return JSON.readTree(dir().resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(relative + " does not parse", e);
        }
    }

    /** Every Grafana dashboard JSON under grafana/dashboards. */
    public static List<Path> dashboards() {
        try (var files = Files.list(dir().resolve("grafana/dashboards"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every PromQL expression of the dashboards (panel targets and template variable queries) and alert rules. */
    public static List<String> queries() {
        List<String> out = new ArrayList<>();
        for (Path dashboard : dashboards()) {
            JsonNode d = json(dir().relativize(dashboard).toString());
            collectPanels(d.path("panels"), out);
            for (JsonNode variable : d.path("templating").path("list")) {
                JsonNode q = variable.path("query");
                out.add(q.isObject() ? q.path("query").asText() : q.asText());
            }
        }
        for (JsonNode group : yaml("alerts.yml").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                out.add(rule.path("expr").asText());
            }
        }
        return out;
    }

    private static void collectPanels(JsonNode panels, List<String> out) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                out.add(target.path("expr").asText());
            }
            collectPanels(panel.path("panels"), out);   // panels inside collapsed rows
        }
    }
}
