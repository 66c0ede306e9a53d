package io.cloudua.sip.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Refuses new INVITEs on the UDP receive thread, before they are queued for the one SIP worker, when the node
 * is over its call limit or the worker is already behind: a stateless 503 with Retry-After built from the
 * datagram's own Via, From, To, Call-ID and CSeq lines, without the RI's parser. Without it, a refusal waited
 * in the same queue as the calls being served: at twice the sustainable rate refusals took seconds and the
 * admitted calls failed with them (loadtest overload, 2000 CPS offered to a limit of 1000).
 *
 * <p>Consistent: a retransmission of an INVITE that was let through is let through again (the Call-IDs of the
 * last {@link #REMEMBERED} INVITEs passed are kept), or the caller would get a 503 for a call being set up.
 *
 * <p>Conservative: anything it does not plainly understand (no To, a To with a tag, a missing header, folded
 * lines) goes on to the worker, whose {@link RequestGate} applies the same limit with the full parser. The
 * caller's ACK of such a 503 carries our tag prefix and is dropped here too.
 */
final class EarlyRefusal {
    /** To-tag prefix of early 503s: their ACKs are recognised by it. */
    static final String TAG_PREFIX = "cu503";

    /** Whether to refuse now, and for how many seconds the caller should stay away. */
    interface Policy {
        /** Seconds for Retry-After when this new INVITE must be refused now; 0 to let it through. */
        int refuseFor(int queuedDatagrams);
    }

    /** INVITE Call-IDs let through that are remembered: over a minute at 1000 calls per second. */
    static final int REMEMBERED = 65_536;

    private final Policy policy;
    private final String server;
    /** Touched by the one UDP receive thread only. */
    private final java.util.Map<String, Boolean> passed = new java.util.LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    EarlyRefusal(Policy policy, String server) {
        this.policy = policy;
        this.server = server;
    }

    /** What to do with one datagram: pass it on, drop it, or send the given answer instead. */
    record Verdict(boolean pass, byte[] answer) {
        static final Verdict PASS = new Verdict(true, null);
        static final Verdict DROP = new Verdict(false, null);
    }

    Verdict check(byte[] data, int offset, int length, int queuedDatagrams) {
        if (startsWith(data, offset, length, "ACK ")) {
            return hasOurTag(data, offset, length) ? Verdict.DROP : Verdict.PASS;
        }
        if (!startsWith(data, offset, length, "INVITE ")) {
            return Verdict.PASS;
        }
        String message = new String(data, offset, length, StandardCharsets.ISO_8859_1);
        String callId = callId(message);
        if (callId == null || passed.containsKey(callId)) {
            return Verdict.PASS;   // unreadable (the worker answers it), or a retransmission of one let through
        }
        int retryAfter = policy.refuseFor(queuedDatagrams);
        if (retryAfter <= 0) {
            passed.put(callId, Boolean.TRUE);
            return Verdict.PASS;
        }
        byte[] answer = answer(message, retryAfter);
        if (answer == null) {
            passed.put(callId, Boolean.TRUE);
            return Verdict.PASS;
        }
        return new Verdict(false, answer);
    }

    /** The Call-ID value of a message's head, or null. */
    static String callId(String message) {
        int headEnd = message.indexOf("\r\n\r\n");
        int at = 0;
        while (true) {
            int line = message.indexOf("\r\n", at);
            if (line < 0 || headEnd >= 0 && line >= headEnd) {
                return null;
            }
            int start = line + 2;
            int colon = message.indexOf(':', start);
            int end = message.indexOf("\r\n", start);
            if (colon > 0 && end > colon) {
                String name = message.substring(start, colon).trim();
                if (name.equalsIgnoreCase("Call-ID") || name.equalsIgnoreCase("i")) {
                    return message.substring(colon + 1, end).trim();
                }
            }
            at = start;
        }
    }

    /** The 503 for this INVITE, or null when its head is not plain enough to answer without the parser. */
    byte[] answer(String message, int retryAfter) {
        int headEnd = message.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return null;
        }
        StringBuilder vias = new StringBuilder();
        String from = null;
        String to = null;
        String callId = null;
        String cseq = null;
        int lineStart = message.indexOf("\r\n") + 2;
        while (lineStart < headEnd) {
            int lineEnd = message.indexOf("\r\n", lineStart);
            String line = message.substring(lineStart, lineEnd);
            lineStart = lineEnd + 2;
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                return null;   // folded header: leave it to the parser
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            String name = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "via", "v" -> vias.append(line).append("\r\n");
                case "from", "f" -> from = once(from, line);
                case "to", "t" -> to = once(to, line);
                case "call-id", "i" -> callId = once(callId, line);
                case "cseq" -> cseq = once(cseq, line);
                default -> { }
            }
            if ("".equals(from) || "".equals(to) || "".equals(callId) || "".equals(cseq)) {
                return null;   // repeated: malformed, the parser's 400 is the right answer
            }
        }
        if (vias.length() == 0 || from == null || to == null || callId == null || cseq == null
                || to.toLowerCase(java.util.Locale.ROOT).contains(";tag=") || !cseq.toUpperCase(java.util.Locale.ROOT).contains("INVITE")) {
            return null;   // in-dialog, or not what it says: the worker decides
        }
        String tag = TAG_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String response = "SIP/2.0 503 Service Unavailable\r\n" + vias + from + "\r\n" + to + ";tag=" + tag + "\r\n"
                + callId + "\r\n" + cseq + "\r\n" + "Retry-After: " + retryAfter + "\r\n" + "Server: " + server + "\r\n"
                + "Content-Length: 0\r\n\r\n";
        return response.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** line, or "" when a value was already seen (a repeated single-valued header). */
    private static String once(String seen, String line) {
        return seen == null ? line : "";
    }

    private static boolean startsWith(byte[] data, int offset, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[offset + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] OUR_TAG = ("tag=" + TAG_PREFIX).getBytes(StandardCharsets.ISO_8859_1);

    /** Whether the datagram carries one of our early 503 tags; a byte scan, no copy (every ACK passes here). */
    private static boolean hasOurTag(byte[] data, int offset, int length) {
        int end = offset + Math.min(length, 4096) - OUR_TAG.length;
        outer:
        for (int i = offset; i <= end; i++) {
            for (int j = 0; j < OUR_TAG.length; j++) {
                if (data[i + j] != OUR_TAG[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
