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

    private static final String[] NO_SEGMENTS = new String[0];

    private final List<Route> routes = new ArrayList<>();
    /** The segments of each route's pattern, index for index with {@link #routes}: split once, not per request. */
    private final List<String[]> patterns = new ArrayList<>();

    public Router add(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method, pattern, handler));
        patterns.add(split(pattern));
        return this;
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    public Match match(String method, String path) {
        String[] segments = split(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            Map<String, String> params = matchPattern(patterns.get(i), segments);
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

    /**
     * The segments of a path: trailing slashes dropped, then one leading slash, then split on every "/" keeping
     * empty segments ("/a//b/" is "a", "", "b"); "" and "/" have none. By hand rather than {@code String.split}:
     * it runs for every request and needs neither the trimmed copy nor split's list.
     */
    static String[] split(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        int start = end > 0 && path.charAt(0) == '/' ? 1 : 0;
        if (start == end) {   // "" or "/" (or "//..." trimmed to "/")
            return NO_SEGMENTS;
        }
        int count = 1;
        for (int i = path.indexOf('/', start); i >= 0 && i < end; i = path.indexOf('/', i + 1)) {
            count++;
        }
        String[] segments = new String[count];
        int from = start;
        for (int n = 0; n < count - 1; n++) {
            int slash = path.indexOf('/', from);
            segments[n] = path.substring(from, slash);
            from = slash + 1;
        }
        segments[count - 1] = path.substring(from, end);
        return segments;
    }
}
