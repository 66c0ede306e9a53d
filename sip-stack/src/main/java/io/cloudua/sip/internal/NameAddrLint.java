package io.cloudua.sip.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address grammar of From, To and Contact (RFC 3261 20.10, 25.1) where JAIN-SIP is more forgiving than
 * the RFC: a display name with characters outside token must be quoted (RFC 4475 baddn), no white space
 * just inside the angle brackets (badaspec), and a URI with '?' or ',' must be in angle brackets
 * (regbadct). Pure: a header value in, a short problem description or null out.
 */
final class NameAddrLint {
    private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9.!%*_+`'~\\- \\t]*");

    private NameAddrLint() { }

    /** From and To: exactly one address. */
    static String single(String value) {
        List<String> parts = splitTopLevel(value);
        if (parts == null) {
            return "unbalanced quotes or angle brackets";
        }
        return parts.size() == 1 ? address(parts.get(0)) : "more than one address";
    }

    /** Contact: "*" or one or more addresses separated by commas. */
    static String list(String value) {
        if (value.strip().equals("*")) {
            return null;
        }
        List<String> parts = splitTopLevel(value);
        if (parts == null) {
            return "unbalanced quotes or angle brackets";
        }
        for (String part : parts) {
            String problem = address(part);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String address(String raw) {
        String a = raw.strip();
        int lt = indexOutsideQuotes(a, '<');
        if (lt < 0) {
            if (a.startsWith("\"")) {
                return "a quoted display name without <address>";
            }
            int semi = a.indexOf(';');
            String uri = (semi < 0 ? a : a.substring(0, semi)).strip();
            return uri.isEmpty() || uri.chars().anyMatch(c -> c == '?' || c == ' ' || c == '\t')
                    ? "a URI with '?' or spaces outside angle brackets" : null;
        }
        String display = a.substring(0, lt).strip();
        if (!display.startsWith("\"") && !TOKENS.matcher(display).matches()) {
            return "an unquoted display name with special characters";
        }
        int gt = a.indexOf('>', lt);
        if (gt < 0 || gt == lt + 1 || Character.isWhitespace(a.charAt(lt + 1)) || Character.isWhitespace(a.charAt(gt - 1))) {
            return "white space or nothing inside < >";
        }
        return null;
    }

    /** Index of c outside double quotes (with backslash escapes), or -1. */
    private static int indexOutsideQuotes(String s, char c) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted && ch == '\\') {
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == c) {
                return i;
            }
        }
        return -1;
    }

    /** The value split at commas outside quotes and angle brackets; null when those do not balance. */
    private static List<String> splitTopLevel(String value) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (quoted) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '<') {
                angle++;
            } else if (ch == '>') {
                angle--;
            } else if (ch == ',' && angle == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
            if (angle < 0 || angle > 1) {
                return null;
            }
        }
        if (quoted || angle != 0) {
            return null;
        }
        parts.add(value.substring(start));
        return parts;
    }
}
