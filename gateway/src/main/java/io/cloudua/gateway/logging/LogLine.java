package io.cloudua.gateway.logging;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One structured log line: an event name and ordered key/value fields. The text format gets them as
 * {@code event key=value key="two words"} (logfmt, greppable); the JSON format gets the same pairs as JSON
 * fields (SLF4J key/value pairs), so operators can filter on {@code callId} or {@code status} in either.
 *
 * <p>Values are escaped so that nothing that came from the network (a Request-URI, a domain name) can start a
 * new line or fake a field. Callers decide what goes in: never tokens, secrets or request bodies.
 */
public final class LogLine {
    private final String event;
    private final List<String> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private LogLine(String event) {
        this.event = event;
    }

    public static LogLine of(String event) {
        return new LogLine(event);
    }

    /** Adds a field; null values are left out. */
    public LogLine with(String key, Object value) {
        if (value != null) {
            keys.add(key);
            values.add(value);
        }
        return this;
    }

    public void info(Logger log) {
        emit(log.atInfo());
    }

    public void warn(Logger log) {
        emit(log.atWarn());
    }

    private void emit(LoggingEventBuilder builder) {
        for (int i = 0; i < keys.size(); i++) {
            Object v = values.get(i);
            builder = builder.addKeyValue(keys.get(i), v instanceof Number || v instanceof Boolean ? v : clean(v.toString()));
        }
        builder.log(text());
    }

    /** The logfmt text of this line. */
    public String text() {
        StringBuilder out = new StringBuilder(event);
        for (int i = 0; i < keys.size(); i++) {
            out.append(' ').append(keys.get(i)).append('=').append(quote(clean(values.get(i).toString())));
        }
        return out.toString();
    }

    private static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    private static String quote(String value) {
        boolean plain = !value.isEmpty();
        for (char c : value.toCharArray()) {
            if (Character.isWhitespace(c) || c == '"' || c == '=' || c == '\\') {
                plain = false;
                break;
            }
        }
        return plain ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
