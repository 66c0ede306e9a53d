package io.cloudua.sip.internal;

import io.cloudua.sip.InboundCallHandler;
import io.cloudua.sip.sdp.SdpResult;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ListIterator;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * INVITE: a new call (100 Trying, then the call layer decides) or a re-INVITE inside an existing dialog.
 * Rejects what a UAS must reject before the call layer sees it: unknown Require options (420), bodies that
 * are not SDP (415), and in-dialog requests for unknown dialogs (481).
 */
final class InviteHandler implements RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(InviteHandler.class);

    private final SipContext ctx;
    private final InboundCallHandler calls;

    InviteHandler(SipContext ctx, InboundCallHandler calls) {
        this.ctx = ctx;
        this.calls = calls;
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
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() != null) {
            AbstractLeg leg = event.getDialog() == null ? null : (AbstractLeg) event.getDialog().getApplicationData();
            if (leg == null || leg.isEnded()) {
                reply(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            } else {
                leg.onSessionModification(event, st);
            }
            return;
        }
        String unsupported = unsupportedRequire(request);
        if (unsupported != null) {
            Response r = ctx.builder().response(Response.BAD_EXTENSION, null, request, null);
            try {
                r.setHeader(ctx.headers().createUnsupportedHeader(unsupported));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            Responder.send(ctx, st, request, r);
            return;
        }
        byte[] body = request.getRawContent();
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        boolean hasBody = body != null && body.length > 0;
        if (hasBody && (type == null || !"application".equalsIgnoreCase(type.getContentType())
                || !"sdp".equalsIgnoreCase(type.getContentSubType()))) {
            Response r = ctx.builder().response(Response.UNSUPPORTED_MEDIA_TYPE, null, request, null);
            try {
                r.setHeader(ctx.headers().createAcceptHeader("application", "sdp"));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException(e);
            }
            Responder.send(ctx, st, request, r);
            return;
        }
        if (st == null) {
            reply(null, request, Response.SERVER_INTERNAL_ERROR);
            return;
        }
        Responder.send(ctx, st, request, ctx.builder().response(Response.TRYING, null, request, null));
        SdpResult offer = hasBody ? ctx.sdp().parse(new String(body, StandardCharsets.UTF_8)) : null;
        InboundLegImpl leg = new InboundLegImpl(ctx, request, st, source(request), offer);
        ctx.legs().add(leg);
        try {
            calls.onInvite(leg);
        } catch (RuntimeException e) {
            LOG.warn("inbound call handler failed for call {}", leg.callId(), e);
            leg.reject(Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    private void reply(ServerTransaction st, Request request, int status) {
        Responder.send(ctx, st, request, ctx.builder().response(status, null, request, null));
    }

    /** The first option in Require that we do not support, or null. We support only "timer". */
    private static String unsupportedRequire(Request request) {
        ListIterator<?> it = request.getHeaders("Require");
        while (it != null && it.hasNext()) {
            String value = ((Header) it.next()).toString();
            value = value.substring(value.indexOf(':') + 1);
            for (String option : value.split(",")) {
                String o = option.trim();
                if (!o.isEmpty() && !o.equalsIgnoreCase("timer")) {
                    return o;
                }
            }
        }
        return null;
    }

    static InetSocketAddress source(Request request) {
        gov.nist.javax.sip.message.SIPMessage m = (gov.nist.javax.sip.message.SIPMessage) request;
        java.net.InetAddress address = m.getPeerPacketSourceAddress() != null ? m.getPeerPacketSourceAddress() : m.getRemoteAddress();
        int port = m.getPeerPacketSourcePort() > 0 ? m.getPeerPacketSourcePort() : m.getRemotePort();
        return new InetSocketAddress(address, port);
    }
}
