package io.cloudua.gateway.api;

import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.RouteHandler;
import io.cloudua.gateway.http.Router;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** /healthz: the process lives. /readyz: it accepts calls (SIP listening, store reachable, not draining). */
public final class HealthRoutes {
    private final BooleanSupplier ready;

    public HealthRoutes(BooleanSupplier ready) {
        this.ready = ready;
    }

    public void register(Router router) {
        router.add("GET", "/healthz", RouteHandler.sync(r -> HttpReply.json(200, Map.of("status", "ok"))));
        router.add("GET", "/readyz", RouteHandler.sync(r -> ready.getAsBoolean()
                ? HttpReply.json(200, Map.of("status", "ready"))
                : HttpReply.json(503, Map.of("status", "not ready"))));
    }
}
