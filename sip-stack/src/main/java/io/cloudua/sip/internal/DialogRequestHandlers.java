package io.cloudua.sip.internal;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Handlers for requests that only make sense inside a dialog (ACK, BYE, UPDATE, INFO): find the leg through
 * the dialog, or answer 481 (RFC 3261 12.2.2).
 */
final class DialogRequestHandlers {
    private final SipContext ctx;

    DialogRequestHandlers(SipContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The ACK of our 2xx. Under load the RI sometimes hands it over without a dialog (the caller's ACK was
     * read before the stack had filed the dialog of the 200 being sent on another thread); the leg is then
     * found by Call-ID and our To tag, or the call would never be reported answered (seen at 1200 CPS).
     */
    RequestHandler ack() {
        return event -> {
            AbstractLeg leg = leg(event);
            if (leg == null) {
                leg = byCallIdAndTag(event.getRequest());
            }
            if (leg instanceof InboundLegImpl inbound) {
                inbound.onAck(event);
            }
        };
    }

    private InboundLegImpl byCallIdAndTag(Request request) {
        javax.sip.header.CallIdHeader callId = (javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME);
        javax.sip.header.ToHeader to = (javax.sip.header.ToHeader) request.getHeader(javax.sip.header.ToHeader.NAME);
        if (callId == null || to == null || to.getTag() == null) {
            return null;
        }
        return ctx.legs().get(callId.getCallId()) instanceof InboundLegImpl inbound && to.getTag().equals(inbound.localTag())
                ? inbound : null;
    }

    RequestHandler bye() {
        return inDialog((leg, event, st) -> leg.onBye(event, st));
    }

    RequestHandler update() {
        return inDialog((leg, event, st) -> leg.onSessionModification(event, st));
    }

    RequestHandler info() {
        return inDialog((leg, event, st) -> Responder.send(ctx, st, event.getRequest(),
                ctx.builder().response(Response.OK, null, event.getRequest(), null)));
    }

    private interface LegAction {
        void apply(AbstractLeg leg, RequestEvent event, ServerTransaction st);
    }

    private RequestHandler inDialog(LegAction action) {
        return event -> {
            Request request = event.getRequest();
            ServerTransaction st;
            try {
                st = ServerTransactions.of(ctx, event);
            } catch (ServerTransactions.RetransmissionException e) {
                return;
            }
            AbstractLeg leg = leg(event);
            if (leg == null || leg.isEnded()) {
                Responder.send(ctx, st, request,
                        ctx.builder().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, request, null));
                return;
            }
            action.apply(leg, event, st);
        };
    }

    private static AbstractLeg leg(RequestEvent event) {
        return event.getDialog() == null ? null : (AbstractLeg) event.getDialog().getApplicationData();
    }
}
