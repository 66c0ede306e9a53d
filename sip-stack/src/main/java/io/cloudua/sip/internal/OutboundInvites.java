package io.cloudua.sip.internal;

import io.cloudua.sip.InviteRequest;
import io.cloudua.sip.OutboundLeg;
import io.cloudua.sip.OutboundListener;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import javax.sip.ClientTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/** Builds and sends the INVITE of a new outbound call. */
final class OutboundInvites {
    private final SipContext ctx;

    OutboundInvites(SipContext ctx) {
        this.ctx = ctx;
    }

    OutboundLeg send(InviteRequest request, OutboundListener listener) {
        try {
            URI target = ctx.addresses().createURI(request.toUri());
            if (!(target instanceof SipURI sipTarget)) {
                throw new IllegalArgumentException("not a SIP URI: " + request.toUri());
            }
            String transport = transportFor(sipTarget);
            var h = ctx.headers();
            String fromHost = request.fromHost() == null ? ctx.config().advertisedHost() : request.fromHost();
            SipURI fromUri = ctx.addresses().createSipURI(request.fromUser().isEmpty() ? null : request.fromUser(), fromHost);
            FromHeader from = h.createFromHeader(ctx.addresses().createAddress(fromUri), UUID.randomUUID().toString().substring(0, 12));
            Address toAddress = ctx.addresses().createAddress((URI) sipTarget.clone());
            ToHeader to = h.createToHeader(toAddress, null);
            CallIdHeader callId = ctx.provider().getNewCallId();
            CSeqHeader cseq = h.createCSeqHeader(1L, Request.INVITE);
            ViaHeader via = h.createViaHeader(ctx.config().advertisedHost(), ctx.config().port(), transport, null);
            MaxForwardsHeader maxForwards = h.createMaxForwardsHeader(70);
            Request invite = ctx.messages().createRequest(sipTarget, Request.INVITE, callId, cseq, from, to, List.of(via), maxForwards);
            invite.setHeader(ctx.builder().contact(request.fromUser(), transport));
            ctx.builder().setUserAgent(invite);
            invite.setHeader(h.createAllowHeader(MessageBuilder.ALLOW));
            ctx.builder().addSupportedTimer(invite);
            long expires = ctx.config().sessionExpires().toSeconds();
            if (expires > 0) {
                invite.setHeader(h.createHeader("Session-Expires", Long.toString(expires)));
            }
            long sessionId = System.nanoTime() & 0x7fffffffL;
            String sdp = ctx.sdp().offer(request.offer(), sessionId, 1);
            ctx.builder().setSdp(invite, sdp);
            ClientTransaction ct = ctx.provider().getNewClientTransaction(invite);
            OutboundLegImpl leg = new OutboundLegImpl(ctx, invite, ct, request, sdp, listener, transport);
            ct.setApplicationData(leg);
            ctx.legs().add(leg);
            try {
                ct.sendRequest();
                ctx.metrics().requestOut(invite);
            } catch (Exception e) {
                leg.onTransportError();
            }
            return leg;
        } catch (ParseException | javax.sip.InvalidArgumentException e) {
            throw new IllegalArgumentException("cannot build INVITE to " + request.toUri() + ": " + e.getMessage(), e);
        } catch (javax.sip.TransactionUnavailableException e) {
            throw new IllegalStateException("cannot start INVITE transaction to " + request.toUri(), e);
        }
    }

    private static String transportFor(SipURI uri) {
        String param = uri.getTransportParam();
        if (param != null) {
            return param.toLowerCase();
        }
        return uri.isSecure() ? "tls" : "udp";
    }
}
