package io.cloudua.sip.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The start line and the unfolded header lines of a SIP message's text, body left out. Accepts CRLF and
 * bare LF line ends and skips leading empty lines (keep-alives, RFC 3261 7.5), as the stack's parser does;
 * a line starting with white space continues the previous one (RFC 3261 7.3.1). Pure.
 */
final class HeaderLines {
    private HeaderLines() { }

    /** Start line first; empty when the text holds no line at all. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            String line = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
            pos = eol < 0 ? n : eol + 1;
            if (line.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;  // end of the headers
            }
            char first = line.charAt(0);
            if ((first == ' ' || first == '\t') && lines.size() > 1) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + ' ' + line.strip());
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
