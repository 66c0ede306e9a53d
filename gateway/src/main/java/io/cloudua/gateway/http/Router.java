package io.cloudua.gateway.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps method + path pattern ("/v1/psip/{domain}") to handlers. Patterns are matched segment by segment; a
 * trailing slash is ignored, so "/v1/psip/" and "/v1/psip" are one route.
 */
public final class Router {

    /** A registered route, also used to check the OpenAPI document against what is served. */
    public record Route(String method, String pattern, RouteHandler handler) { }

    /** The result of matching a request. */
    public sealed interface Match {
        /** @param pattern the route's pattern, e.g. "/v1/psip/{domain}": a bounded label for metrics and logs */
        record Found(RouteHandler handler, Map<String, String> params, String pattern) implements Match { }
        record NotFound() implements Match { }
        record MethodNotAllowed(Set<String> allowed) implements Match { }
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method, pattern, handler));
        return this;
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    public Match match(String method, String path) {
        String[] segments = split(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = matchPattern(split(route.pattern()), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match.Found(route.handler(), params, route.pattern());
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new Match.NotFound() : new Match.MethodNotAllowed(allowed);
    }

    private static Map<String, String> matchPattern(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), path[i]);
            } else if (!p.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.equals("/")) {
            return new String[0];
        }
        return (trimmed.startsWith("/") ? trimmed.substring(1) : trimmed).split("/", -1);
    }
}
