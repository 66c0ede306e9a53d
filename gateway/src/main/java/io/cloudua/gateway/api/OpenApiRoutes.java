package io.cloudua.gateway.api;

import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.RouteHandler;
import io.cloudua.gateway.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /openapi.yaml}: the OpenAPI 3.1 document of every HTTP API this server answers, plus the
 * webhooks it sends. It is a resource written by hand, not generated, and a test compares its paths and
 * methods with the routes a running gateway registers, both ways, so it cannot drift.
 */
public final class OpenApiRoutes {
    static final String RESOURCE = "/openapi.yaml";

    private final String document;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build is missing " + RESOURCE);
            }
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(Router router) {
        router.add("GET", "/openapi.yaml", RouteHandler.sync(r -> HttpReply.text(200, document, "application/yaml; charset=utf-8")));
    }
}
