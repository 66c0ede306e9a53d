package io.cloudua.sip.internal;

import java.text.ParseException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Answers a {@link Rejection} without a server transaction (RFC 3261 8.2.7, stateless UAS behaviour): a
 * flood or a malformed request leaves no state behind, and a retransmission simply gets the same answer
 * again. ACK is never answered. The To tag is fresh, as RFC 3261 8.2.6.2 asks of a UAS.
 */
final class StatelessReply {
    private StatelessReply() { }

    static void send(SipContext ctx, Request request, Rejection rejection) {
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        String tag = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Response response = ctx.builder().response(rejection.status(), rejection.reason(), request, tag);
        for (String value : rejection.values()) {
            try {
                response.addHeader(ctx.headers().createHeader(rejection.header(), value));
            } catch (ParseException e) {
                throw new IllegalStateException("cannot build " + rejection.header() + ": " + value, e);
            }
        }
        Responder.send(ctx, null, request, response);
    }
}
