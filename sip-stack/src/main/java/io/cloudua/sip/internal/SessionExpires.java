package io.cloudua.sip.internal;

import java.util.ListIterator;
import javax.sip.header.Header;
import javax.sip.message.Message;

/**
 * The Session-Expires header (RFC 4028) of a message, read without assuming the RI has a typed header for
 * it: "1800;refresher=uac" or the compact "x" form.
 */
record SessionExpires(int seconds, String refresher, boolean callerSupportsTimer) {

    static SessionExpires of(Message message) {
        Header h = message.getHeader("Session-Expires");
        if (h == null) {
            h = message.getHeader("x");
        }
        if (h == null) {
            return null;
        }
        String value = h.toString();
        int colon = value.indexOf(':');
        value = value.substring(colon + 1).trim();
        String[] parts = value.split(";");
        int seconds;
        try {
            seconds = Integer.parseInt(parts[0].trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (seconds <= 0) {
            return null;
        }
        String refresher = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.toLowerCase().startsWith("refresher=")) {
                refresher = p.substring("refresher=".length()).trim().toLowerCase();
            }
        }
        return new SessionExpires(seconds, refresher, supportsTimer(message));
    }

    private static boolean supportsTimer(Message message) {
        for (String name : new String[] {"Supported", "Require"}) {
            ListIterator<?> it = message.getHeaders(name);
            while (it != null && it.hasNext()) {
                Header h = (Header) it.next();
                if (h.toString().toLowerCase().contains("timer")) {
                    return true;
                }
            }
        }
        return false;
    }
}
