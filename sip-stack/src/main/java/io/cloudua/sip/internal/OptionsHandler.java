package io.cloudua.sip.internal;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** OPTIONS in or out of a dialog: 200 with Allow, Accept and Supported, so peers and balancers can probe us. */
final class OptionsHandler implements RequestHandler {
    private final SipContext ctx;

    OptionsHandler(SipContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void handle(RequestEvent event) {
        Request request = event.getRequest();
        ServerTransaction st;
        try {
            st = ServerTransactions.of(ctx, event);
        } catch (ServerTransactions.RetransmissionException e) {
            return;
        }
        Response ok = ctx.builder().response(Response.OK, null, request, null);
        try {
            ok.setHeader(ctx.headers().createAcceptHeader("application", "sdp"));
            ctx.builder().addSupportedTimer(ok);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        Responder.send(ctx, st, request, ok);
    }
}
