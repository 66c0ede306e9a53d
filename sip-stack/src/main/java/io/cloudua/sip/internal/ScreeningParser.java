package io.cloudua.sip.internal;

import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JAIN-SIP's own message parser with three things around it, so that every request that can be answered
 * reaches a point where it is answered:
 * <ul>
 * <li>A parse failure leaves as a ParseException with a short fixed text. The RI answers it 400 itself (over
 *     UDP) with the exception's text as the reason phrase; its own texts hold internal object names and line
 *     breaks, which leaked our parser's state and split the status line in two.</li>
 * <li>A request without From, To, Call-ID or CSeq (RFC 4475 insuf) is dropped by the RI without a word.
 *     With a Via we can answer, so inert stand-ins are filled in and the request is marked {@link Malformed}:
 *     the router answers it 400 and nothing else ever sees it. What RFC 2543 peers leave out (RFC 4475
 *     inv2543) and the RI will not make a transaction without is filled in as RFC 2543 meant it: Max-Forwards
 *     70 (a UAS does not forward) and, on an INVITE, the From URI as Contact.</li>
 * <li>What the RI parses but RFC 3261 does not allow is found by {@link WireLint} and marked; a datagram's
 *     body is held to its Content-Length ({@link DatagramBody}).</li>
 * </ul>
 */
final class ScreeningParser implements MessageParser {
    private static final HeaderFactoryImpl HEADERS = new HeaderFactoryImpl();

    private final MessageParser ri;

    ScreeningParser(MessageParser ri) {
        this.ri = ri;
    }

    @Override
    public SIPMessage parseSIPMessage(byte[] bytes, boolean readBody, boolean strict, ParseExceptionListener listener)
            throws ParseException {
        FailedHeader failed = new FailedHeader(listener);
        SIPMessage message;
        try {
            message = ri.parseSIPMessage(bytes, readBody, strict, failed);
        } catch (ParseException e) {
            throw new ParseException(failed.reason(e), 0);
        } catch (RuntimeException e) {
            // The RI's lexers throw unchecked exceptions on some garbage: to the channel it is a bad message.
            throw new ParseException("malformed message", 0);
        }
        if (message instanceof SIPRequest request && request.getTopmostVia() != null) {
            Malformed missing;
            try {
                missing = fillMissing(request);
            } catch (ParseException e) {
                throw new ParseException("malformed message", 0);
            }
            Malformed malformed = missing != null ? missing : WireLint.check(bytes);
            if (malformed == null && readBody) {
                malformed = DatagramBody.fit(bytes, request);
            }
            request.setApplicationData(malformed);
        }
        return message;
    }

    private static Malformed fillMissing(SIPRequest r) throws ParseException {
        if (r.getMaxForwards() == null) {
            r.setHeader(HEADERS.createHeader("Max-Forwards", "70"));
        }
        List<String> missing = new ArrayList<>();
        if (r.getFrom() == null) {
            missing.add("From");
            r.setHeader(HEADERS.createHeader("From", "<sip:missing.invalid>;tag=missing"));
        }
        if (r.getTo() == null) {
            missing.add("To");
            r.setHeader(HEADERS.createHeader("To", "<sip:missing.invalid>"));
        }
        if (r.getCallId() == null) {
            missing.add("Call-ID");
            r.setHeader(HEADERS.createHeader("Call-ID", "missing.invalid"));
        }
        if (r.getCSeq() == null) {
            missing.add("CSeq");
            r.setHeader(HEADERS.createHeader("CSeq", "1 " + r.getMethod()));
        }
        if (missing.isEmpty() && r.getHeader("Contact") == null && "INVITE".equals(r.getMethod())) {
            // RFC 2543 callers may omit Contact; their From is then the remote target, as in RFC 2543.
            r.setHeader(HEADERS.createHeader("Contact", "<" + r.getFrom().getAddress().getURI() + ">"));
        }
        return missing.isEmpty() ? null : Malformed.badRequest("missing " + String.join(", ", missing));
    }

    /**
     * Passes header errors on to the stack's channel, remembering which header broke the message. The TCP
     * path gives no channel (the RI would then drop a bad header silently and go on): there the UDP
     * channel's rule applies, so both transports treat a bad header alike.
     */
    private static final class FailedHeader implements ParseExceptionListener {
        private static final Set<String> ESSENTIAL = Set.of("From", "To", "CSeq", "Via", "CallID", "ContentLength",
                "RequestLine", "StatusLine");

        private final ParseExceptionListener channel;
        private Class<?> header;

        FailedHeader(ParseExceptionListener channel) {
            this.channel = channel;
        }

        @Override
        public void handleException(ParseException ex, SIPMessage message, Class headerClass, String headerText,
                                    String messageText) throws ParseException {
            try {
                if (channel != null) {
                    channel.handleException(ex, message, headerClass, headerText, messageText);
                } else if (headerClass != null && ESSENTIAL.contains(headerClass.getSimpleName())) {
                    throw ex;
                } else {
                    message.addUnparsed(headerText);
                }
            } catch (ParseException e) {
                header = headerClass;
                throw e;
            }
        }

        String reason(ParseException e) {
            String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("content length") || text.contains("content-length")) {
                return "Content-Length does not match the body";
            }
            if (header == null) {
                return "malformed message";
            }
            String name = header.getSimpleName();
            return name.equals("RequestLine") ? "malformed request line" : "malformed " + name + " header";
        }
    }
}
