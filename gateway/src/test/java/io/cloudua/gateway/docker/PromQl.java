package io.cloudua.gateway.docker;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a PromQL expression refers to: metric names, label names (selectors, by/without, label_values)
 * and the label=value pairs of its equality matchers. A scanner, not a parser: enough to check that a
 * dashboard asks only for series a gateway really exports.
 */
public final class PromQl {
    /** Labels Prometheus adds when it scrapes (or the scrape config does), never exported by cloudua itself. */
    public static final Set<String> SCRAPE_LABELS = Set.of("instance", "job", "site");

    private static final Pattern METRIC = Pattern.compile("\\b((?:cloudua|jvm|process|system)_[a-zA-Z0-9_]+)\\b");
    private static final Pattern SELECTOR = Pattern.compile("\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*[a-zA-Z0-9_]+\\s*,\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");

    private PromQl() { }

    /** The exported metrics the expression reads (names of cloudua, JVM and process series). */
    public static Set<String> metrics(String expr) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Label names the expression selects or groups by, without the ones Prometheus adds. */
    public static Set<String> labels(String expr) {
        Set<String> out = new LinkedHashSet<>();
        Matcher s = SELECTOR.matcher(expr);
        while (s.find()) {
            Matcher m = MATCHER.matcher(s.group(1));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        Matcher g = GROUPING.matcher(expr);
        while (g.find()) {
            for (String label : g.group(1).split(",")) {
                if (!label.isBlank()) {
                    out.add(label.trim());
                }
            }
        }
        Matcher v = LABEL_VALUES.matcher(expr);
        while (v.find()) {
            out.add(v.group(1));
        }
        out.removeAll(SCRAPE_LABELS);
        return out;
    }

    /** The label="value" matchers with a literal value (not a Grafana $variable). */
    public static Map<String, String> equalities(String expr) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher s = SELECTOR.matcher(expr);
        while (s.find()) {
            Matcher m = MATCHER.matcher(s.group(1));
            while (m.find()) {
                if (m.group(2).equals("=") && !m.group(3).contains("$") && !SCRAPE_LABELS.contains(m.group(1))) {
                    out.put(m.group(1), m.group(3));
                }
            }
        }
        return out;
    }
}
