package io.cloudua.sip.internal;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * CANCEL (RFC 3261 9.2): 200 to the CANCEL and 487 to the INVITE it matches (same Call-ID and top Via branch),
 * or 481 when there is no such pending INVITE.
 */
final class CancelHandler implements RequestHandler {
    private final SipContext ctx;

    CancelHandler(SipContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void handle(RequestEvent event) {
        Request cancel = event.getRequest();
        ServerTransaction st;
        try {
            st = ServerTransactions.of(ctx, event);
        } catch (ServerTransactions.RetransmissionException e) {
            return;
        }
        String callId = ((CallIdHeader) cancel.getHeader(CallIdHeader.NAME)).getCallId();
        ViaHeader via = (ViaHeader) cancel.getHeader(ViaHeader.NAME);
        AbstractLeg leg = ctx.legs().get(callId);
        if (!(leg instanceof InboundLegImpl inbound) || via == null
                || !java.util.Objects.equals(via.getBranch(), inbound.inviteBranch())) {
            Responder.send(ctx, st, cancel, ctx.builder().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, cancel, null));
            return;
        }
        Responder.send(ctx, st, cancel, ctx.builder().response(Response.OK, null, cancel, null));
        inbound.onCancel();
    }
}
