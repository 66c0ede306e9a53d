package io.cloudua.gateway.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Prometheus text exposition (format 0.0.4) parsed just enough for assertions: samples with their labels,
 * and the TYPE of each family. Strict about the syntax it reads, so a malformed scrape fails the test.
 */
public final class PrometheusText {

    /** One line: series name, labels, value. */
    public record Sample(String name, Map<String, String> labels, double value) { }

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> types = new LinkedHashMap<>();

    private PrometheusText() { }

    public static PrometheusText parse(String text) {
        PrometheusText out = new PrometheusText();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.substring(7).split(" ");
                out.types.put(parts[0], parts[1]);
            } else if (!line.startsWith("#")) {
                out.samples.add(sample(line));
            }
        }
        return out;
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int i = brace + 1;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf("=\"", i);
                String key = line.substring(i, eq);
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char next = line.charAt(++j);
                        value.append(next == 'n' ? '\n' : next);
                    } else {
                        value.append(c);
                    }
                }
                labels.put(key, value.toString());
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            rest = i + 2;
        } else {
            name = line.substring(0, space);
            rest = space + 1;
        }
        String value = line.substring(rest).split(" ")[0];
        return new Sample(name, labels, Double.parseDouble(value.replace("+Inf", "Infinity").replace("-Inf", "-Infinity")));
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The family name of each TYPE line and its type (counter, gauge, histogram...). */
    public Map<String, String> types() {
        return types;
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    public List<Sample> series(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Label names seen on any series of this name. */
    public Set<String> labelNames(String name) {
        Set<String> names = new TreeSet<>();
        series(name).forEach(s -> names.addAll(s.labels().keySet()));
        return names;
    }

    /** The sum of the series of this name that carry all of these labels (0 when none does). */
    public double sum(String name, Map<String, String> labels) {
        return series(name).stream().filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    /** Whether some series of this name carries all of these labels. */
    public boolean has(String name, Map<String, String> labels) {
        return series(name).stream().anyMatch(s -> s.labels().entrySet().containsAll(labels.entrySet()));
    }
}
