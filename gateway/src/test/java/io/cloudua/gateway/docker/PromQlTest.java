package io.cloudua.gateway.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scanner that reads metric and label names out of dashboard queries. */
class PromQlTest {
    private static final String EXPR = "sum by (direction, outcome) (rate(cloudua_calls_total{instance=~\"$instance\", "
            + "outcome=\"answered\", status_class=~\"4..\"}[5m])) / on() jvm_memory_used_bytes{area=\"heap\"}";

    @Test
    void findsMetricNames() {
        assertThat(PromQl.metrics(EXPR)).containsExactly("cloudua_calls_total", "jvm_memory_used_bytes");
        assertThat(PromQl.metrics("label_values(cloudua_build_info, instance)")).containsExactly("cloudua_build_info");
    }

    @Test
    void findsLabelNamesWithoutTheOnesPrometheusAdds() {
        assertThat(PromQl.labels(EXPR)).containsExactlyInAnyOrder("outcome", "status_class", "area", "direction");
        assertThat(PromQl.labels("label_values(cloudua_build_info, version)")).containsExactly("version");
    }

    @Test
    void findsLiteralEqualityMatchersOnly() {
        assertThat(PromQl.equalities(EXPR)).isEqualTo(Map.of("outcome", "answered", "area", "heap"));
    }
}
