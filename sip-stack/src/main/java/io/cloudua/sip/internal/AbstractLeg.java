package io.cloudua.sip.internal;

import io.cloudua.sip.LegAction;
import io.cloudua.sip.LegEnd;
import io.cloudua.sip.LegListener;
import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.RemoteMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What inbound and outbound legs share once a dialog exists: in-dialog requests (BYE, re-INVITE, UPDATE,
 * INFO), hanging up, the session timer, and ending exactly once.
 */
abstract class AbstractLeg {
    private static final Logger LOG = LoggerFactory.getLogger(AbstractLeg.class);

    enum State { OFFERED, EARLY, ANSWERED, CONFIRMED, TERMINATING, ENDED }

    protected final SipContext ctx;
    private final String callId;
    private final AtomicBoolean ended = new AtomicBoolean();
    protected volatile LegListener listener;
    protected volatile Dialog dialog;
    protected State state = State.OFFERED;
    protected LocalMedia localMedia;
    protected String localSdp;
    protected final long sdpSessionId = System.nanoTime() & 0x7fffffffL;
    protected long sdpVersion = 1;
    protected SessionTimer sessionTimer;

    AbstractLeg(SipContext ctx, String callId) {
        this.ctx = ctx;
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }

    boolean isEnded() {
        return ended.get();
    }

    /** Ends the leg once: stops timers, forgets it, tells the listener. */
    protected void end(LegEnd end) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            state = State.ENDED;
        }
        if (sessionTimer != null) {
            sessionTimer.cancel();
        }
        ctx.legs().remove(this);
        LegListener l = listener;
        if (l != null) {
            try {
                l.onEnded(end);
            } catch (RuntimeException e) {
                LOG.warn("listener failed on end of call {}", callId, e);
            }
        }
    }

    /** BYE on an answered or confirmed leg; the leg ends at once (the BYE's response does not matter). */
    public LegAction hangup() {
        synchronized (this) {
            if (state == State.ENDED || state == State.TERMINATING) {
                return LegAction.ENDED;
            }
            if (state != State.ANSWERED && state != State.CONFIRMED) {
                return LegAction.WRONG_STATE;
            }
            state = State.TERMINATING;
        }
        sendBye();
        end(new LegEnd(LegEnd.Cause.LOCAL_BYE, 0, "local hangup"));
        return LegAction.DONE;
    }

    protected void sendBye() {
        Dialog d = dialog;
        if (d == null || d.getState() == DialogState.TERMINATED) {
            return;
        }
        try {
            Request bye = d.createRequest(Request.BYE);
            ctx.builder().setUserAgent(bye);
            ClientTransaction ct = ctx.provider().getNewClientTransaction(bye);
            ct.setApplicationData(IGNORE);
            d.sendRequest(ct);
            ctx.metrics().requestOut(bye);
        } catch (Exception e) {
            LOG.debug("BYE for call {} could not be sent: {}", callId, e.toString());
        }
    }

    void onBye(RequestEvent event, ServerTransaction st) {
        synchronized (this) {
            state = State.TERMINATING;
        }
        respond(st, event.getRequest(), Response.OK, null);
        end(new LegEnd(LegEnd.Cause.REMOTE_BYE, 0, "remote BYE"));
    }

    /** A re-INVITE or UPDATE from the far end: answer with the device's media and report the new remote media. */
    void onSessionModification(RequestEvent event, ServerTransaction st) {
        Request request = event.getRequest();
        RemoteMedia media = null;
        byte[] body = request.getRawContent();
        String answer = null;
        synchronized (this) {
            if (state != State.CONFIRMED && state != State.ANSWERED) {
                respond(st, request, Request.UPDATE.equals(request.getMethod()) ? Response.OK : 491, null);
                return;
            }
            if (body != null && body.length > 0) {
                SdpResult parsed = ctx.sdp().parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
                if (!(parsed instanceof SdpResult.Parsed p)) {
                    respond(st, request, Response.NOT_ACCEPTABLE_HERE, null);
                    return;
                }
                media = p.media();
                answer = nextSdp(ctx.sdp().answer(localMedia, media, sdpSessionId, sdpVersion));
            } else if (Request.INVITE.equals(request.getMethod())) {
                answer = localSdp;  // offerless re-INVITE: our 200 carries the offer
            }
        }
        respond(st, request, Response.OK, answer);
        if (sessionTimer != null) {
            sessionTimer.restart();
        }
        LegListener l = listener;
        if (l != null && media != null) {
            l.onRemoteUpdate(request.getMethod(), media);
        }
    }

    /** Keeps the o= version unchanged when the description is the same, bumps it otherwise (RFC 3264 8). */
    protected String nextSdp(String candidate) {
        if (localSdp != null && !localSdp.equals(candidate)) {
            sdpVersion++;
            candidate = candidate.replaceFirst("(o=\\S+ \\d+ )\\d+", "$1" + sdpVersion);
        }
        localSdp = candidate;
        return candidate;
    }

    void onDialogTimeout() {
        sendBye();
        end(new LegEnd(LegEnd.Cause.TIMEOUT, 408, "no ACK received"));
    }

    void onDialogTerminated() {
        synchronized (this) {
            if (state == State.TERMINATING) {
                return;  // we are ending it ourselves, with the real cause
            }
        }
        end(new LegEnd(LegEnd.Cause.TIMEOUT, 0, "dialog terminated"));
    }

    void shutdown() {
        boolean established;
        synchronized (this) {
            established = state == State.ANSWERED || state == State.CONFIRMED;
        }
        if (established) {
            sendBye();
        }
        end(LegEnd.of(LegEnd.Cause.SHUTDOWN));
    }

    /** Session refresh as the refresher: a re-INVITE with our current offer; failure ends the call. */
    protected void refreshSession() {
        Dialog d = dialog;
        if (d == null || isEnded()) {
            return;
        }
        try {
            Request reinvite = d.createRequest(Request.INVITE);
            reinvite.setHeader(ctx.builder().contact("cloudua", transport()));
            ctx.builder().setUserAgent(reinvite);
            reinvite.setHeader(ctx.headers().createHeader("Session-Expires",
                    sessionTimer.intervalSeconds() + ";refresher=" + refresherRoleForUs()));
            ctx.builder().addSupportedTimer(reinvite);
            ctx.builder().setSdp(reinvite, localSdp);
            ClientTransaction ct = ctx.provider().getNewClientTransaction(reinvite);
            ct.setApplicationData(new ResponseHandler() {
                @Override public void onResponse(ResponseEvent event) {
                    int status = event.getResponse().getStatusCode();
                    if (status >= 200 && status < 300) {
                        ackRefresh(event);
                        sessionTimer.restart();
                    } else if (status >= 300 && status != 491) {
                        expireSession();
                    }
                }
                @Override public void onTimeout() {
                    expireSession();
                }
            });
            d.sendRequest(ct);
            ctx.metrics().requestOut(reinvite);
        } catch (Exception e) {
            LOG.debug("session refresh of call {} failed: {}", callId, e.toString());
            expireSession();
        }
    }

    private void ackRefresh(ResponseEvent event) {
        try {
            long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
            Dialog d = event.getDialog() != null ? event.getDialog() : dialog;
            Request ack = d.createAck(cseq);
            d.sendAck(ack);
            ctx.metrics().requestOut(ack);
        } catch (Exception e) {
            LOG.debug("ACK of session refresh of call {} failed: {}", callId, e.toString());
        }
    }

    protected void expireSession() {
        sendBye();
        end(new LegEnd(LegEnd.Cause.SESSION_EXPIRED, 408, "session timer expired"));
    }

    /** "uac" or "uas": our role in the dialog-creating INVITE transaction, as Session-Expires names it. */
    protected abstract String refresherRoleForUs();

    protected abstract String transport();

    protected void respond(ServerTransaction st, Request request, int status, String sdp) {
        Response response = ctx.builder().response(status, null, request, null);
        if (sdp != null) {
            ctx.builder().setSdp(response, sdp);
        }
        Responder.send(ctx, st, request, response);
    }

    /** For client transactions whose responses do not matter (BYE). */
    static final ResponseHandler IGNORE = new ResponseHandler() {
        @Override public void onResponse(ResponseEvent event) { }
        @Override public void onTimeout() { }
    };
}
