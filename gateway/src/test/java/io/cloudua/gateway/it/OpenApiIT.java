package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cloudua.api.event.WebhookEvents;
import io.cloudua.gateway.http.Router;
import io.cloudua.testkit.RestClient;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /openapi.yaml of a running gateway tells the truth: every method and path it documents is a route the
 * server registers, and every route the server registers is documented. Adding a route without documenting
 * it, or removing one and leaving it in the document, fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private GatewayFixture fx;
    private RestClient.Response served;
    private JsonNode document;

    @BeforeAll
    void start() throws Exception {
        fx = GatewayFixture.start();
        served = fx.rest.send("GET", "/openapi.yaml", Map.of(), null);
        document = new ObjectMapper(new YAMLFactory()).readTree(served.body());
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void isServedAsYamlOpenApi31() {
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/yaml");
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void documentsExactlyTheRoutesTheServerRegisters() {
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
            if (METHODS.contains(key)) {
                documented.add(key.toUpperCase() + " " + normalize(path.getKey()));
            }
        }));
        Set<String> registered = new TreeSet<>();
        for (Router.Route route : fx.gateway.routes()) {
            registered.add(route.method() + " " + normalize(route.pattern()));
        }
        Set<String> undocumented = new TreeSet<>(registered);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(registered);
        assertThat(undocumented).as("served but not in openapi.yaml").isEmpty();
        assertThat(notServed).as("in openapi.yaml but not served").isEmpty();
    }

    @Test
    void everyOperationHasAnIdAndResponsesAndEveryReferenceResolves() {
        Set<String> ids = new HashSet<>();
        document.path("paths").forEach(path -> path.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                assertThat(ids.add(op.getValue().path("operationId").asText())).as(op.getValue().path("operationId").asText())
                        .isTrue();
                assertThat(op.getValue().path("responses").size()).isPositive();
            }
        }));
        Set<String> refs = new TreeSet<>();
        collectRefs(document, refs);
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void describesEveryWebhookTheGatewaySends() {
        Set<String> webhooks = new TreeSet<>();
        document.path("webhooks").fieldNames().forEachRemaining(webhooks::add);
        assertThat(webhooks).containsExactlyInAnyOrder(WebhookEvents.NEW_REMOTE_CALL, WebhookEvents.CALL_ANSWERED,
                WebhookEvents.CALL_FAILED, WebhookEvents.CALL_HUNGUP, WebhookEvents.CALL_NOTIFY);
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    /** The router ignores a trailing slash ("/v1/psip/" and "/v1/psip" are one route). */
    private static String normalize(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
