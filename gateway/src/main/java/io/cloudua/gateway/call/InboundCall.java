package io.cloudua.gateway.call;

import io.cloudua.api.call.AnswerRemoteCallRequest;
import io.cloudua.api.event.CallAnswered;
import io.cloudua.api.event.CallHungup;
import io.cloudua.api.event.CallNotify;
import io.cloudua.api.event.NewRemoteCall;
import io.cloudua.api.event.NewRemoteCallReply;
import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.LegAction;
import io.cloudua.sip.LegEnd;
import io.cloudua.sip.LegListener;
import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.RemoteMedia;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A call from SIP to a device: announced with newRemoteCall, then rung, answered or refused over REST.
 * Every announced call ends with exactly one callHungup.
 */
public final class InboundCall extends Call implements LegListener {
    private final InboundLeg leg;
    private volatile RemoteMedia remote;
    private volatile String codec;
    private volatile String endReason;
    private volatile boolean deviceResponded;
    private ScheduledFuture<?> noAnswer;

    InboundCall(CallContext ctx, String domain, String callbackBaseUrl, InboundLeg leg, RemoteMedia offer, String codec) {
        super(ctx, Direction.INBOUND, domain, leg.callId(), callbackBaseUrl, null);
        this.leg = leg;
        this.remote = offer;
        this.codec = codec;
    }

    @Override
    public String sipCallId() {
        return leg.callId();
    }

    /** Registers the call, arms the no-answer timer and sends newRemoteCall; an undeliverable announcement gets 480. */
    void announce() {
        ctx.registry().add(this);
        leg.setListener(this);
        noAnswer = ctx.timers().schedule(this::onNoAnswer, ctx.noAnswerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        emit("newRemoteCall", this::newRemoteCall).thenAccept(result -> {
            if (result.delivered()) {
                NewRemoteCallReply reply = NewRemoteCallReply.parse(result.body());
                if (reply.sessionReferenceId() != null && sessionReferenceId == null) {
                    sessionReferenceId = reply.sessionReferenceId();
                }
            } else if (!deviceResponded) {
                endReason = "webhook undeliverable";
                leg.reject(480, "Temporarily Unavailable");
            }
        });
    }

    private Object newRemoteCall() {
        return new NewRemoteCall(uuid(), sessionId(), replyId(), traceId(), domain(), ctx.ivrServer(), leg.callId(), codec,
                leg.requestUri(), leg.fromUser(), remote.address(), remote.port(), remote.telephoneEventPayloadType(),
                toApi(remote.cryptos()));
    }

    public LegAction ringback() {
        deviceResponded = true;
        return leg.ringing();
    }

    /**
     * What in a device's answer cannot be offered to this caller (RFC 3264: the answer may only pick from
     * the offer), as a field error; empty when the answer is usable.
     */
    public java.util.Optional<io.cloudua.api.error.FieldError> checkAnswer(AnswerRemoteCallRequest request) {
        RemoteMedia offer = remote;
        if (!offer.codecs().contains(request.codec())) {
            return java.util.Optional.of(new io.cloudua.api.error.FieldError("codec",
                    "the caller did not offer " + request.codec() + "; offered: " + String.join(", ", offer.codecs())));
        }
        if (offer.secure() && (request.crypto() == null || request.crypto().isEmpty())) {
            return java.util.Optional.of(new io.cloudua.api.error.FieldError("crypto",
                    "the caller offered SRTP (RTP/SAVP): a crypto entry is required"));
        }
        return java.util.Optional.empty();
    }

    /**
     * Answers with the device's media.
     *
     * @param receivedNanos when the REST request was read ({@link System#nanoTime()}), for the answer latency metric
     */
    public LegAction answer(AnswerRemoteCallRequest request, long receivedNanos) {
        deviceResponded = true;
        if (request.sessionReferenceId() != null) {
            sessionReferenceId = request.sessionReferenceId();
        }
        LocalMedia local = new LocalMedia(request.receiveIp(), request.receivePort(), request.codec(),
                request.telephoneEventPayloadType(), toSdp(request.crypto()), null);
        LegAction result = leg.answer(local);
        if (result == LegAction.DONE) {
            codec = request.codec();
            ctx.metrics().answerSent(java.time.Duration.ofNanos(System.nanoTime() - receivedNanos));
        }
        return result;
    }

    @Override
    public LegAction hangup() {
        deviceResponded = true;
        if (answered) {
            endReason = "device hangup";
            return leg.hangup();
        }
        endReason = "device rejected";
        LegAction result = leg.reject(486, "Busy Here");
        if (result == LegAction.WRONG_STATE) {
            // answered but not yet acknowledged: end it with BYE
            endReason = "device hangup";
            return leg.hangup();
        }
        return result;
    }

    private void onNoAnswer() {
        if (!answered && !isEnded()) {
            endReason = "no answer";
            leg.reject(480, "Temporarily Unavailable");
        }
    }

    @Override
    public void onConfirmed() {
        answered = true;
        cancelNoAnswer();
        emit("callAnswered", () -> new CallAnswered(leg.fromUser(), callerParticipantId(), calleeParticipantId(),
                leg.requestUser(), connectionId(), leg.sessionExpires(), null, codec, false, remote.address(), remote.port(),
                replyId(), sessionReferenceId, traceId(), uuid(), null, null, sessionId(), leg.callId(),
                remote.telephoneEventPayloadType(), toApi(remote.cryptos())));
    }

    @Override
    public void onRemoteUpdate(String method, RemoteMedia media) {
        remote = media;
        String event = "UPDATE".equals(method) ? "update" : "reInvite";
        emit("callNotify", () -> new CallNotify(event, false, callerParticipantId(), sessionId(), sessionReferenceId,
                leg.fromUser(), leg.requestUser(), calleeParticipantId(), leg.callId(), ctx.ivrServer(), traceId(), null, null,
                uuid(), media.address(), media.port(), media.firstSupportedCodec().orElse(null), toApi(media.cryptos())));
    }

    @Override
    public void onEnded(LegEnd end) {
        String reason = endReason != null ? endReason : describe(end);
        finish(reason, end.sipStatus(), "callHungup", () -> new CallHungup(leg.callId(), sessionReferenceId, leg.requestUri(),
                leg.fromUser(), sessionId(), traceId(), uuid(), domain(), reason));
    }

    private static String describe(LegEnd end) {
        return switch (end.cause()) {
            case REMOTE_BYE -> "caller hangup";
            case LOCAL_BYE -> "device hangup";
            case REMOTE_CANCEL -> "caller cancelled";
            case SESSION_EXPIRED -> "session expired";
            case TIMEOUT -> "timeout";
            case SHUTDOWN -> "shutdown";
            default -> end.sipReason();
        };
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
