package io.cloudua.gateway.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docker/ without a container engine: every file parses, and what one file refers to in another (mounted
 * files, service names, ports, datasource uids, provisioning paths) exists. Whether the dashboard's metrics
 * are really exported is checked against a running gateway by {@code MetricsIT}.
 */
class DockerFilesTest {
    private final Path docker = DockerFiles.dir();
    private final JsonNode compose = DockerFiles.yaml("compose.yaml");

    @Test
    void composeRunsClouduaWithPostgresPrometheusAndGrafana() {
        JsonNode services = compose.path("services");
        assertThat(fieldNames(services)).contains("cloudua", "postgres", "prometheus", "grafana");
        JsonNode cloudua = services.path("cloudua");
        Path context = docker.resolve(cloudua.path("build").path("context").asText()).normalize();
        assertThat(context.resolve(cloudua.path("build").path("dockerfile").asText())).isRegularFile();
        assertThat(context.resolve("pom.xml")).as("build context is the repository root").isRegularFile();
        assertThat(cloudua.path("environment").path("CLOUDUA_DB_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(cloudua.path("environment").path("CLOUDUA_DB_PASSWORD").asText())
                .isEqualTo(services.path("postgres").path("environment").path("POSTGRES_PASSWORD").asText());
        assertThat(cloudua.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(texts(cloudua.path("ports"))).contains("8080:8080/tcp", "5060:5060/udp", "5060:5060/tcp");
        assertThat(texts(cloudua.path("healthcheck").path("test"))).anyMatch(t -> t.endsWith(":8080/readyz"));
    }

    @Test
    void everyMountedFileExistsAndEveryNamedVolumeIsDeclared() {
        Set<String> declared = fieldNames(compose.path("volumes"));
        List<String> problems = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            for (String volume : texts(service.getValue().path("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                    if (!Files.exists(docker.resolve(source))) {
                        problems.add(service.getKey() + " mounts missing " + source);
                    }
                } else if (!declared.contains(source)) {
                    problems.add(service.getKey() + " uses undeclared volume " + source);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void prometheusScrapesTheClouduaServiceAndLoadsTheAlertRules() {
        JsonNode prometheus = DockerFiles.yaml("prometheus.yml");
        JsonNode job = prometheus.path("scrape_configs").get(0);
        assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
        assertThat(texts(job.path("static_configs").get(0).path("targets"))).containsExactly("cloudua:8080");
        String rules = prometheus.path("rule_files").get(0).asText();
        assertThat(texts(compose.path("services").path("prometheus").path("volumes")))
                .contains("./prometheus.yml:/etc/prometheus/prometheus.yml:ro", "./alerts.yml:" + rules + ":ro");
        JsonNode alerts = DockerFiles.yaml("alerts.yml");
        assertThat(alerts.path("groups").get(0).path("rules")).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.path("alert").asText()).isNotBlank();
            assertThat(rule.path("expr").asText()).isNotBlank();
        });
    }

    @Test
    void grafanaProvisionsThePrometheusDatasourceAndTheDashboards() {
        JsonNode datasource = DockerFiles.yaml("grafana/provisioning/datasources/prometheus.yaml").path("datasources").get(0);
        assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");
        String path = DockerFiles.yaml("grafana/provisioning/dashboards/cloudua.yaml").path("providers").get(0)
                .path("options").path("path").asText();
        assertThat(texts(compose.path("services").path("grafana").path("volumes")))
                .contains("./grafana/provisioning:/etc/grafana/provisioning:ro", "./grafana/dashboards:" + path + ":ro");
        assertThat(DockerFiles.dashboards()).isNotEmpty();
        for (Path file : DockerFiles.dashboards()) {
            JsonNode dashboard = DockerFiles.json(docker.relativize(file).toString());
            assertThat(dashboard.path("uid").asText()).as(file.toString()).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(ids.add(panel.path("id").asInt())).as("unique panel id " + panel.path("id")).isTrue();
                if (!panel.path("type").asText().equals("row")) {
                    assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                            .isEqualTo(datasource.path("uid").asText());
                    assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty()
                            .allSatisfy(t -> assertThat(t.path("expr").asText()).isNotBlank());
                }
            }
        }
    }

    @Test
    void theDashboardCoversCallsCpsLatencyWebhooksAndErrors() {
        String all = String.join("\n", DockerFiles.queries());
        assertThat(all).contains("cloudua_calls_active", "rate(cloudua_calls_started_total",
                "cloudua_call_invite_to_answer_seconds_bucket", "cloudua_webhook_deliveries_total",
                "cloudua_http_requests_total{", "cloudua_calls_total{");
    }

    @Test
    void dockerfileIsMultiStageNonRootAndChecksHealth() throws Exception {
        List<String> lines = Files.readAllLines(docker.resolve("Dockerfile"));
        assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build "));
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow().substring(5).trim();
        assertThat(user).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(lines).anyMatch(l -> l.startsWith("HEALTHCHECK "));
        assertThat(String.join("\n", lines)).contains("/healthz").contains("EXPOSE 8080/tcp 5060/udp 5060/tcp");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
