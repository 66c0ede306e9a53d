package io.cloudua.sip.internal;

import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.LegAction;
import io.cloudua.sip.LegEnd;
import io.cloudua.sip.LegListener;
import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.net.InetSocketAddress;
import java.util.UUID;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** The UAS side of one inbound INVITE: ring, answer, reject, CANCEL and everything after. */
final class InboundLegImpl extends AbstractLeg implements InboundLeg {
    private final Request invite;
    private final ServerTransaction st;
    private final String toTag = UUID.randomUUID().toString().substring(0, 12);
    private final InetSocketAddress source;
    private final SdpResult offer;
    private final SessionExpires requested;
    private Integer agreedExpires;

    InboundLegImpl(SipContext ctx, Request invite, ServerTransaction st, InetSocketAddress source, SdpResult offer) {
        super(ctx, ((javax.sip.header.CallIdHeader) invite.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId());
        this.invite = invite;
        this.st = st;
        this.source = source;
        this.offer = offer;
        this.requested = SessionExpires.of(invite);
        this.dialog = st.getDialog();
        if (dialog != null) {
            dialog.setApplicationData(this);
        }
    }

    String inviteBranch() {
        ViaHeader via = (ViaHeader) invite.getHeader(ViaHeader.NAME);
        return via == null ? null : via.getBranch();
    }

    @Override public String requestUri() { return invite.getRequestURI().toString(); }
    @Override public String requestUser() { return userOf(invite.getRequestURI()); }

    @Override
    public String requestHost() {
        URI uri = invite.getRequestURI();
        return uri instanceof SipURI sip ? sip.getHost() : "";
    }

    @Override public String fromUser() { return userOf(((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getURI()); }
    @Override public String toUser() { return userOf(((ToHeader) invite.getHeader(ToHeader.NAME)).getAddress().getURI()); }
    @Override public InetSocketAddress source() { return source; }
    @Override public String transport() { return MessageBuilder.transportOf(invite); }
    @Override public SdpResult offer() { return offer; }
    @Override public Integer requestedSessionExpires() { return requested == null ? null : requested.seconds(); }
    @Override public Integer sessionExpires() { return agreedExpires; }
    @Override public void setListener(LegListener listener) { this.listener = listener; }

    @Override
    public LegAction ringing() {
        synchronized (this) {
            if (state == State.ENDED || state == State.TERMINATING) {
                return LegAction.ENDED;
            }
            if (state != State.OFFERED && state != State.EARLY) {
                return LegAction.WRONG_STATE;
            }
            state = State.EARLY;
            Responder.send(ctx, st, invite, ctx.builder().response(Response.RINGING, null, invite, toTag));
        }
        return LegAction.DONE;
    }

    @Override
    public LegAction answer(LocalMedia local) {
        synchronized (this) {
            if (state == State.ENDED || state == State.TERMINATING) {
                return LegAction.ENDED;
            }
            if (state != State.OFFERED && state != State.EARLY) {
                return LegAction.WRONG_STATE;
            }
            localMedia = local;
            localSdp = offer instanceof SdpResult.Parsed p
                    ? ctx.sdp().answer(local, p.media(), sdpSessionId, sdpVersion)
                    : ctx.sdp().offer(local, sdpSessionId, sdpVersion);
            Response ok = ctx.builder().response(Response.OK, null, invite, toTag);
            ctx.builder().setSdp(ok, localSdp);
            addSessionTimer(ok);
            state = State.ANSWERED;
            Responder.send(ctx, st, invite, ok);
        }
        if (sessionTimer != null) {
            sessionTimer.restart();
        }
        return LegAction.DONE;
    }

    private void addSessionTimer(Response ok) {
        if (requested == null) {
            return;
        }
        // We honour the caller's interval; the caller refreshes unless it asked us to (RFC 4028 9).
        boolean weRefresh = "uas".equals(requested.refresher());
        agreedExpires = requested.seconds();
        try {
            ok.setHeader(ctx.headers().createHeader("Session-Expires",
                    agreedExpires + ";refresher=" + (weRefresh ? "uas" : "uac")));
            if (requested.callerSupportsTimer()) {
                ok.addHeader(ctx.headers().createRequireHeader("timer"));
            }
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        sessionTimer = new SessionTimer(ctx.timers(), agreedExpires, weRefresh, this::refreshSession, this::expireSession);
    }

    @Override
    public io.cloudua.sip.auth.DigestCredentials authorization() {
        javax.sip.header.AuthorizationHeader h = (javax.sip.header.AuthorizationHeader)
                invite.getHeader(javax.sip.header.AuthorizationHeader.NAME);
        if (h == null || !"Digest".equalsIgnoreCase(h.getScheme())) {
            return null;
        }
        return new io.cloudua.sip.auth.DigestCredentials(h.getParameter("username"), h.getParameter("realm"),
                h.getParameter("nonce"), h.getParameter("uri"), h.getParameter("response"), h.getParameter("algorithm"),
                h.getParameter("qop"), h.getParameter("nc"), h.getParameter("cnonce"), h.getParameter("opaque"));
    }

    @Override
    public LegAction challenge(java.util.List<String> wwwAuthenticate) {
        synchronized (this) {
            if (state == State.ENDED || state == State.TERMINATING) {
                return LegAction.ENDED;
            }
            if (state != State.OFFERED && state != State.EARLY) {
                return LegAction.WRONG_STATE;
            }
            state = State.TERMINATING;
            Response r = ctx.builder().response(Response.UNAUTHORIZED, null, invite, toTag);
            try {
                for (String value : wwwAuthenticate) {
                    r.addHeader(ctx.headers().createHeader("WWW-Authenticate", value));
                }
            } catch (java.text.ParseException e) {
                throw new IllegalArgumentException("bad WWW-Authenticate value", e);
            }
            Responder.send(ctx, st, invite, r);
        }
        end(new LegEnd(LegEnd.Cause.REJECTED, 401, "Unauthorized"));
        return LegAction.DONE;
    }

    @Override
    public LegAction reject(int status, String reason) {
        if (status < 300 || status > 699) {
            throw new IllegalArgumentException("a rejection needs a 3xx-6xx status, got " + status);
        }
        synchronized (this) {
            if (state == State.ENDED || state == State.TERMINATING) {
                return LegAction.ENDED;
            }
            if (state != State.OFFERED && state != State.EARLY) {
                return LegAction.WRONG_STATE;
            }
            state = State.TERMINATING;
            Responder.send(ctx, st, invite, ctx.builder().response(status, reason, invite, toTag));
        }
        end(new LegEnd(LegEnd.Cause.REJECTED, status, reason == null ? "" : reason));
        return LegAction.DONE;
    }

    /** CANCEL of our pending INVITE: 487 to the INVITE; the caller gets 200 to the CANCEL from the router. */
    void onCancel() {
        synchronized (this) {
            if (state != State.OFFERED && state != State.EARLY) {
                return;
            }
            state = State.TERMINATING;
            Responder.send(ctx, st, invite, ctx.builder().response(Response.REQUEST_TERMINATED, null, invite, toTag));
        }
        end(new LegEnd(LegEnd.Cause.REMOTE_CANCEL, 487, "cancelled by caller"));
    }

    /** The To tag of our responses: an ACK carrying it is ours even when the stack gives it no dialog. */
    String localTag() {
        return toTag;
    }

    void onAck(RequestEvent event) {
        synchronized (this) {
            if (state != State.ANSWERED) {
                return;
            }
            state = State.CONFIRMED;
        }
        LegListener l = listener;
        if (l != null) {
            l.onConfirmed();
        }
    }

    /**
     * A caller sends BYE only after our 2xx reached it, and ACKs the 2xx before (RFC 3261 13.2.2.4): a BYE while
     * we still wait for the ACK means the ACK was lost or missed under load, and the call was up for the caller.
     * Report it answered before it ends, so the device sees callAnswered then callHungup, as the caller did.
     */
    @Override
    void onBye(RequestEvent event, ServerTransaction st) {
        boolean unacknowledged;
        synchronized (this) {
            unacknowledged = state == State.ANSWERED;
            if (unacknowledged) {
                state = State.CONFIRMED;
            }
        }
        LegListener l = listener;
        if (unacknowledged && l != null) {
            l.onConfirmed();
        }
        super.onBye(event, st);
    }

    @Override
    protected String refresherRoleForUs() {
        return "uas";
    }

    static String userOf(URI uri) {
        if (uri instanceof SipURI sip) {
            return sip.getUser() == null ? "" : sip.getUser();
        }
        String s = uri.toString();
        int colon = s.indexOf(':');
        return colon < 0 ? s : s.substring(colon + 1);
    }

    @Override
    public String toString() {
        return "InboundLeg[" + callId() + "]";
    }
}
