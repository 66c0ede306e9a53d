package io.cloudua.gateway.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The RFC 4475 / RFC 5118 torture messages of ../shared/testdata/sip-torture, each with what its README says
 * a UAS must answer (the RFC 4475 section is given with each group below).
 *
 * <p>Two things differ from the files, both so one running gateway can take every message at once: a
 * message goes over the transport its own top Via names (its answer goes back that way; TCP for TCP, TLS
 * for TLS), and a branch an earlier message already used is made unique. RFC 3261 17.2.3 matches a request
 * to a transaction by branch, sent-by and method, JAIN-SIP by branch alone, and 22 of the messages share
 * "z9hG4bKkdjuw": sent as they are, all but the first would be taken as retransmissions of it.
 */
final class TortureCorpus {
    static final Path DIR = Path.of("..", "..", "shared", "testdata", "sip-torture");

    /** What the README allows as the answer to one message. */
    enum Expect {
        /** Well-formed: processed, so a final answer that is neither 400 nor a server error. */
        PROCESSED,
        /** Malformed: 400 where an answer can be formed, or nothing. */
        BAD_OR_DROPPED,
        /** badvers: 505, or 400, or nothing. */
        VERSION_OR_BAD,
        /** A response sent to a UAS that has no transaction for it: nothing. */
        DROPPED,
        /** trws: accepting or rejecting are both right, nothing more is asked. */
        EITHER,
        BAD_REQUEST_400,
        UNSUPPORTED_SCHEME_416,
        BAD_EXTENSION_420,
        UNSUPPORTED_MEDIA_415,
        NOT_ACCEPTABLE_406_OR_488;

        boolean allows(SipWire.Answer a) {
            int s = a.finalStatus();
            String r = a.finalResponse();
            return switch (this) {
                case PROCESSED -> s >= 200 && s != 400 && s < 500;
                case BAD_OR_DROPPED -> a.responses().isEmpty() || s == 400;
                case VERSION_OR_BAD -> a.responses().isEmpty() || s == 400 || s == 505;
                case DROPPED -> a.responses().isEmpty();
                case EITHER -> s < 500;
                case BAD_REQUEST_400 -> s == 400;
                case UNSUPPORTED_SCHEME_416 -> s == 416;
                case BAD_EXTENSION_420 -> s == 420 && r.contains("\nUnsupported:");
                case UNSUPPORTED_MEDIA_415 -> s == 415 && r.contains("\nAccept:");
                case NOT_ACCEPTABLE_406_OR_488 -> s == 406 || s == 488;
            };
        }
    }

    record Message(String name, byte[] bytes, SipWire.Transport transport, Expect expect) { }

    private static final Map<String, Expect> README = readme();

    private TortureCorpus() { }

    static boolean present() {
        return Files.isDirectory(DIR.resolve("rfc4475")) && Files.isDirectory(DIR.resolve("rfc5118"));
    }

    static List<Message> load() throws IOException {
        List<Message> out = new ArrayList<>();
        Set<String> branches = new HashSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(DIR.resolve("rfc4475")), Files.list(DIR.resolve("rfc5118")))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replace(".dat", "");
                Expect expect = README.get(name);
                if (expect == null) {
                    throw new IllegalStateException("no expectation for " + f + ": update TortureCorpus from the README");
                }
                byte[] bytes = uniqueBranch(Files.readAllBytes(f), name, branches);
                out.add(new Message(name, bytes, transportOf(bytes), expect));
            }
        }
        return out;
    }

    private static byte[] uniqueBranch(byte[] bytes, String name, Set<String> seen) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("branch=(z9hG4bK[^;,\\s]+)").matcher(text);
        if (!m.find() || seen.add(m.group(1))) {
            return bytes;
        }
        String unique = text.substring(0, m.end(1)) + "." + name + text.substring(m.end(1));
        return unique.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static SipWire.Transport transportOf(byte[] bytes) {
        Matcher m = Pattern.compile("(?im)^(?:via|v)\\s*:\\s*SIP\\s*/\\s*2\\.0\\s*/\\s*(\\w+)")
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        String t = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "UDP";
        return switch (t) {
            case "TCP" -> SipWire.Transport.TCP;
            case "TLS" -> SipWire.Transport.TLS;
            default -> SipWire.Transport.UDP;
        };
    }

    private static Map<String, Expect> readme() {
        Map<String, Expect> e = new java.util.HashMap<>();
        // RFC 4475 3.1.1: well-formed, must be accepted and processed (never 400).
        for (String n : List.of("wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq", "semiuri",
                "transports", "mpart01")) {
            e.put(n, Expect.PROCESSED);
        }
        e.put("unreason", Expect.DROPPED);  // responses: no transaction of ours
        e.put("noreason", Expect.DROPPED);
        // 3.1.2: malformed, 400 where a response can be formed, or dropped.
        for (String n : List.of("badinv01", "clerr", "ncl", "scalar02", "quotbal", "ltgtruri", "lwsruri", "lwsstart",
                "escruri", "baddate", "regbadct", "badaspec", "baddn", "mismatch01", "mismatch02")) {
            e.put(n, Expect.BAD_OR_DROPPED);
        }
        e.put("scalarlg", Expect.DROPPED);
        e.put("bigcode", Expect.DROPPED);
        e.put("badvers", Expect.VERSION_OR_BAD);
        e.put("trws", Expect.EITHER);
        // 3.2: transaction layer; 3.4: RFC 2543 syntax. Processed.
        e.put("badbranch", Expect.PROCESSED);
        e.put("inv2543", Expect.PROCESSED);
        // 3.3: application layer.
        e.put("insuf", Expect.BAD_REQUEST_400);
        e.put("unkscm", Expect.UNSUPPORTED_SCHEME_416);
        e.put("unksm2", Expect.UNSUPPORTED_SCHEME_416);
        e.put("novelsc", Expect.PROCESSED);
        e.put("bext01", Expect.BAD_EXTENSION_420);
        e.put("invut", Expect.UNSUPPORTED_MEDIA_415);
        e.put("regaut01", Expect.PROCESSED);
        e.put("multi01", Expect.BAD_REQUEST_400);
        e.put("mcl01", Expect.BAD_REQUEST_400);
        e.put("bcast", Expect.DROPPED);
        e.put("zeromf", Expect.PROCESSED);
        e.put("cparam01", Expect.PROCESSED);
        e.put("cparam02", Expect.PROCESSED);
        e.put("regescrt", Expect.PROCESSED);
        e.put("sdp01", Expect.NOT_ACCEPTABLE_406_OR_488);
        // RFC 5118.
        for (String n : List.of("ipv6-good", "ipv6-correct-abnf-2-colons", "ipv4-mapped-ipv6", "port-ambiguous",
                "port-unambiguous", "mult-ip-in-header", "mult-ip-in-sdp", "ipv6-in-sdp", "via-received-param-no-delim",
                "via-received-param-with-delim", "ipv6-bug-abnf-3-colons")) {
            e.put(n, Expect.PROCESSED);
        }
        e.put("ipv6-bad", Expect.BAD_REQUEST_400);
        return Map.copyOf(e);
    }
}
