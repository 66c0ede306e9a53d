package io.cloudua.gateway.call;

import io.cloudua.api.call.PlaceRemoteCallRequest;
import io.cloudua.api.event.CallAnswered;
import io.cloudua.api.event.CallFailed;
import io.cloudua.api.event.CallHungup;
import io.cloudua.api.event.CallNotify;
import io.cloudua.sip.InviteRequest;
import io.cloudua.sip.LegAction;
import io.cloudua.sip.LegEnd;
import io.cloudua.sip.OutboundLeg;
import io.cloudua.sip.OutboundListener;
import io.cloudua.sip.SipUserAgent;
import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.RemoteMedia;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A call from a device to SIP: INVITE, callNotify ringing, callAnswered, and callFailed when it never
 * connects or callHungup when a connected (or cancelled) call ends.
 */
public final class OutboundCall extends Call implements OutboundListener {
    private final PlaceRemoteCallRequest request;
    private final String sourceUser;
    private volatile OutboundLeg leg;
    private volatile String sipCallId;
    private volatile boolean ringingSent;
    private volatile boolean ringTimedOut;
    private volatile boolean deviceHungUp;
    private volatile int attempt;
    private List<String> targets = List.of();
    private SipUserAgent sip;
    private ScheduledFuture<?> noAnswer;

    OutboundCall(CallContext ctx, String domain, String callbackBaseUrl, PlaceRemoteCallRequest request) {
        super(ctx, Direction.OUTBOUND, domain, null, callbackBaseUrl, request.sessionReferenceId());
        this.request = request;
        this.sourceUser = request.sourceUser() == null ? "anonymous" : request.sourceUser();
    }

    /**
     * Sends the INVITE to the first target; events arrive on this listener. Later targets (a domain's
     * endpoints in priority order) are tried when one fails with 408, 5xx, a timeout or a transport error.
     */
    void start(SipUserAgent sip, List<String> targets) {
        this.sip = sip;
        this.targets = List.copyOf(targets);
        ctx.registry().add(this);
        noAnswer = ctx.timers().schedule(this::onNoAnswer, ctx.noAnswerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            dial(0);
        } catch (RuntimeException e) {
            finish("invite failed", 0, null, null);
            throw e;
        }
    }

    private void dial(int index) {
        attempt = index;
        LocalMedia offer = new LocalMedia(request.receiveIp(), request.receivePort(), request.codec(),
                request.telephoneEventPayloadType(), toSdp(request.crypto()), null);
        try {
            OutboundLeg sent = sip.invite(new InviteRequest(sourceUser, null, targets.get(index), offer), this);
            if (attempt == index) {  // unless it already failed over while sending
                leg = sent;
                sipCallId = sent.callId();
            }
        } catch (IllegalStateException e) {
            // No transport towards this target (e.g. TCP connection refused): like a 503 from it.
            onEnded(new LegEnd(LegEnd.Cause.FAILED, 503, "Service Unavailable"));
        }
    }

    @Override
    public String sipCallId() {
        OutboundLeg l = leg;
        return l == null ? sipCallId : l.callId();
    }

    @Override
    public LegAction hangup() {
        deviceHungUp = true;
        OutboundLeg l = leg;
        return l == null ? LegAction.ENDED : l.hangup();
    }

    private void onNoAnswer() {
        if (!answered && !isEnded()) {
            ringTimedOut = true;
            hangup();
        }
    }

    @Override
    public void onProgress(int status, String reason, RemoteMedia media) {
        if (ringingSent || status < 180) {
            return;
        }
        ringingSent = true;
        emit("callNotify", () -> new CallNotify("ringing", false, callerParticipantId(), sessionId(), sessionReferenceId,
                sourceUser, null, calleeParticipantId(), sipCallId(), ctx.ivrServer(), traceId(), null, null, uuid(),
                media == null ? null : media.address(), media == null ? null : media.port(), null, null));
    }

    @Override
    public void onAnswered(Answer answer) {
        answered = true;
        cancelNoAnswer();
        RemoteMedia media = answer.media();
        String codec = media == null ? request.codec() : media.firstSupportedCodec().orElse(request.codec());
        emit("callAnswered", () -> new CallAnswered(sourceUser, callerParticipantId(), calleeParticipantId(),
                answer.remoteUser(), connectionId(), null, answer.sessionExpires(), codec, false,
                media == null ? null : media.address(), media == null ? null : media.port(), replyId(), sessionReferenceId,
                traceId(), uuid(), null, null, sessionId(), sipCallId(),
                media == null ? null : media.telephoneEventPayloadType(), media == null ? null : toApi(media.cryptos())));
    }

    @Override
    public void onRemoteUpdate(String method, RemoteMedia media) {
        String event = "UPDATE".equals(method) ? "update" : "reInvite";
        emit("callNotify", () -> new CallNotify(event, false, callerParticipantId(), sessionId(), sessionReferenceId,
                sourceUser, null, calleeParticipantId(), sipCallId(), ctx.ivrServer(), traceId(), null, null, uuid(),
                media.address(), media.port(), media.firstSupportedCodec().orElse(null), toApi(media.cryptos())));
    }

    @Override
    public void onEnded(LegEnd end) {
        if (!answered && !deviceHungUp && !ringTimedOut && retryable(end) && attempt + 1 < targets.size() && !isEnded()) {
            dial(attempt + 1);
            return;
        }
        if (!answered && ringTimedOut) {
            finish("no answer", 408, "callFailed", () -> failed(408, "Request Timeout", "no answer"));
        } else if (!answered && (end.cause() == LegEnd.Cause.FAILED || end.cause() == LegEnd.Cause.TIMEOUT)) {
            int status = end.sipStatus() == 0 ? 408 : end.sipStatus();
            finish("failed", status, "callFailed", () -> failed(status, end.sipReason(), end.sipReason()));
        } else {
            String reason = switch (end.cause()) {
                case REMOTE_BYE -> "remote hangup";
                case LOCAL_BYE -> "device hangup";
                case LOCAL_CANCEL -> "cancelled";
                case SESSION_EXPIRED -> "session expired";
                default -> end.sipReason();
            };
            finish(reason, end.sipStatus(), "callHungup", () -> new CallHungup(sipCallId(), sessionReferenceId,
                    request.destinationUri(), sourceUser, sessionId(), traceId(), uuid(), domain(), reason));
        }
    }

    /** Failures that say "try elsewhere" (RFC 3263-style failover): 408, 5xx, timeout, transport error. */
    private static boolean retryable(LegEnd end) {
        return end.cause() == LegEnd.Cause.TIMEOUT
                || end.cause() == LegEnd.Cause.FAILED && (end.sipStatus() == 408 || end.sipStatus() >= 500 && end.sipStatus() < 600);
    }

    private CallFailed failed(int status, String reason, String description) {
        return new CallFailed(sipCallId(), status, reason, description, sessionReferenceId, sessionId(), ctx.ivrServer(),
                calleeParticipantId(), domain(), traceId(), uuid());
    }

    @Override
    protected void onFinished() {
        cancelNoAnswer();
    }

    private void cancelNoAnswer() {
        ScheduledFuture<?> f = noAnswer;
        if (f != null) {
            f.cancel(false);
        }
    }
}
