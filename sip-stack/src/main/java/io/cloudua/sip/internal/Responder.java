package io.cloudua.sip.internal;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a response in its server transaction when there is one, statelessly otherwise, and never lets a
 * transport failure escape into the stack's thread.
 */
final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    private Responder() { }

    static void send(SipContext ctx, ServerTransaction st, Request request, Response response) {
        try {
            if (st != null) {
                st.sendResponse(response);
            } else {
                ctx.provider().sendResponse(response);
            }
            ctx.metrics().responseOut(response);
        } catch (Exception e) {
            LOG.debug("could not send {} to {}: {}", response.getStatusCode(), request.getMethod(), e.toString());
        }
    }
}
