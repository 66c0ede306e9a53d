package io.cloudua.sip.internal;

import io.cloudua.sip.InviteRequest;
import io.cloudua.sip.LegAction;
import io.cloudua.sip.LegEnd;
import io.cloudua.sip.OutboundLeg;
import io.cloudua.sip.OutboundListener;
import io.cloudua.sip.sdp.RemoteMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.nio.charset.StandardCharsets;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAC side of one outbound INVITE: provisional and final responses, ACK, CANCEL (deferred until a
 * provisional response arrived, RFC 3261 9.1) and everything after answer.
 */
final class OutboundLegImpl extends AbstractLeg implements OutboundLeg, ResponseHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundLegImpl.class);

    private final ClientTransaction inviteTx;
    private final OutboundListener outboundListener;
    private final String transport;
    private boolean provisionalSeen;
    private boolean cancelRequested;
    private Request ack;

    OutboundLegImpl(SipContext ctx, Request invite, ClientTransaction inviteTx, InviteRequest request, String localSdp,
                    OutboundListener listener, String transport) {
        super(ctx, ((javax.sip.header.CallIdHeader) invite.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId());
        this.inviteTx = inviteTx;
        this.outboundListener = listener;
        this.listener = listener;
        this.transport = transport;
        this.localMedia = request.offer();
        this.localSdp = localSdp;
        this.dialog = inviteTx.getDialog();
        if (dialog != null) {
            dialog.setApplicationData(this);
        }
    }

    @Override
    public LegAction hangup() {
        boolean early;
        boolean sendCancel = false;
        synchronized (this) {
            early = state == State.OFFERED || state == State.EARLY;
            if (early) {
                if (cancelRequested) {
                    return LegAction.DONE;
                }
                cancelRequested = true;
                sendCancel = provisionalSeen;
            }
        }
        if (!early) {
            return super.hangup();
        }
        if (sendCancel) {
            sendCancel();
        }
        return LegAction.DONE;
    }

    private void sendCancel() {
        try {
            Request cancel = inviteTx.createCancel();
            ClientTransaction ct = ctx.provider().getNewClientTransaction(cancel);
            ct.setApplicationData(IGNORE);
            ct.sendRequest();
            ctx.metrics().requestOut(cancel);
        } catch (Exception e) {
            LOG.debug("CANCEL of call {} could not be sent: {}", callId(), e.toString());
        }
    }

    @Override
    public void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        int status = response.getStatusCode();
        if (status < 200) {
            onProvisional(response);
        } else if (status < 300) {
            onSuccess(event);
        } else {
            synchronized (this) {
                if (state == State.ENDED) {
                    return;
                }
                state = State.TERMINATING;
            }
            LegEnd.Cause cause = cancelRequested ? LegEnd.Cause.LOCAL_CANCEL : LegEnd.Cause.FAILED;
            end(new LegEnd(cause, status, response.getReasonPhrase()));
        }
    }

    private void onProvisional(Response response) {
        boolean cancelNow;
        synchronized (this) {
            if (state != State.OFFERED && state != State.EARLY) {
                return;
            }
            boolean first = !provisionalSeen;
            provisionalSeen = true;
            state = State.EARLY;
            cancelNow = first && cancelRequested;
        }
        if (cancelNow) {
            sendCancel();
            return;
        }
        if (response.getStatusCode() > 100 && !cancelRequested) {
            outboundListener.onProgress(response.getStatusCode(), response.getReasonPhrase(), media(response));
        }
    }

    private void onSuccess(ResponseEvent event) {
        Response response = event.getResponse();
        Dialog d = event.getDialog() != null ? event.getDialog() : dialog;
        dialog = d;
        d.setApplicationData(this);
        boolean hangUpNow;
        synchronized (this) {
            if (state == State.CONFIRMED || state == State.TERMINATING || state == State.ENDED) {
                resendAck(d);   // a retransmitted 2xx: RFC 3261 13.2.2.4
                return;
            }
            sendAck(d, response);
            state = State.CONFIRMED;
            hangUpNow = cancelRequested;
        }
        if (hangUpNow) {
            // The far end answered while our CANCEL was in flight: end it with BYE (RFC 3261 9.1).
            synchronized (this) {
                state = State.TERMINATING;
            }
            sendBye();
            end(new LegEnd(LegEnd.Cause.LOCAL_CANCEL, 200, "answered after cancel"));
            return;
        }
        SessionExpires se = SessionExpires.of(response);
        if (se != null) {
            boolean weRefresh = se.refresher() == null || "uac".equals(se.refresher());
            sessionTimer = new SessionTimer(ctx.timers(), se.seconds(), weRefresh, this::refreshSession, this::expireSession);
            sessionTimer.restart();
        }
        String remoteUser = InboundLegImpl.userOf(((ToHeader) response.getHeader(ToHeader.NAME)).getAddress().getURI());
        outboundListener.onAnswered(new OutboundListener.Answer(media(response), se == null ? null : se.seconds(), remoteUser));
    }

    private void sendAck(Dialog d, Response response) {
        try {
            long cseq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
            ack = d.createAck(cseq);
            d.sendAck(ack);
            ctx.metrics().requestOut(ack);
        } catch (Exception e) {
            LOG.debug("ACK for call {} could not be sent: {}", callId(), e.toString());
        }
    }

    private void resendAck(Dialog d) {
        if (ack == null) {
            return;
        }
        try {
            d.sendAck(ack);
            ctx.metrics().requestOut(ack);
        } catch (Exception e) {
            LOG.debug("ACK retransmission for call {} failed: {}", callId(), e.toString());
        }
    }

    /** A 2xx retransmission that reached us without its (already completed) client transaction. */
    void onRetransmittedSuccess(ResponseEvent event) {
        Dialog d = event.getDialog() != null ? event.getDialog() : dialog;
        synchronized (this) {
            if (d != null) {
                resendAck(d);
            }
        }
    }

    @Override
    public void onTimeout() {
        LegEnd.Cause cause = cancelRequested ? LegEnd.Cause.LOCAL_CANCEL : LegEnd.Cause.TIMEOUT;
        end(new LegEnd(cause, 408, "Request Timeout"));
    }

    /** The INVITE could not be sent at all. */
    void onTransportError() {
        end(new LegEnd(LegEnd.Cause.FAILED, 503, "Service Unavailable"));
    }

    private RemoteMedia media(Response response) {
        byte[] body = response.getRawContent();
        if (body == null || body.length == 0) {
            return null;
        }
        SdpResult parsed = ctx.sdp().parse(new String(body, StandardCharsets.UTF_8));
        return parsed instanceof SdpResult.Parsed p ? p.media() : null;
    }

    @Override
    protected String refresherRoleForUs() {
        return "uac";
    }

    @Override
    protected String transport() {
        return transport;
    }

    @Override
    public String toString() {
        return "OutboundLeg[" + callId() + "]";
    }
}
