package io.cloudua.gateway.call;

import io.cloudua.api.call.PlaceRemoteCallRequest;
import io.cloudua.gateway.digest.DigestGate;
import io.cloudua.gateway.domain.ActiveDomain;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.sip.InboundCallHandler;
import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.SipUserAgent;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge between SIP legs and devices: admits inbound INVITEs and announces them, places outbound
 * calls, and finds live calls for the REST actions.
 */
public final class CallService implements InboundCallHandler {
    private static final Logger LOG = LoggerFactory.getLogger("io.cloudua.calls");

    private final CallContext ctx;
    private final InboundAdmission admission;
    private final Supplier<SipUserAgent> sip;
    private final DigestGate digest;
    private final Executor blocking;
    private volatile boolean accepting = true;

    /**
     * @param blocking where digest authentication runs (it reads the store), never a SIP thread
     */
    public CallService(CallContext ctx, DomainService domains, Supplier<SipUserAgent> sip, DigestGate digest, Executor blocking) {
        this.ctx = ctx;
        this.admission = new InboundAdmission(domains);
        this.sip = sip;
        this.digest = digest;
        this.blocking = blocking;
    }

    /**
     * Graceful shutdown: from now on new INVITEs get 503 and placed calls fail (the API's 503), so a balancer
     * or the device retries on another node while the calls already up go on.
     */
    public void stopAccepting() {
        accepting = false;
    }

    @Override
    public void onInvite(InboundLeg leg) {
        if (!accepting) {
            ctx.metrics().refused(503);
            leg.reject(503, "Service Unavailable");
            return;
        }
        InboundAdmission.Decision decision = admission.decide(leg);
        if (decision instanceof InboundAdmission.Decision.Authenticate auth) {
            try {
                blocking.execute(() -> authenticate(auth.domain(), leg));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                leg.reject(503, "Service Unavailable");
            }
            return;
        }
        proceed(leg, decision);
    }

    private void authenticate(ActiveDomain domain, InboundLeg leg) {
        DigestGate.Verdict verdict = digest.check(domain.name(), "INVITE", leg.requestUri(), leg.authorization(),
                leg.source().getAddress());
        if (verdict instanceof DigestGate.Verdict.Challenge challenge) {
            leg.challenge(challenge.wwwAuthenticate());
        } else if (verdict instanceof DigestGate.Verdict.Forbidden) {
            LOG.info("call refused callId={} from={} requestUri={} sipStatus=403 reason=digest", leg.callId(), leg.source(),
                    leg.requestUri());
            ctx.metrics().refused(403);
            leg.reject(403, "Forbidden");
        } else {
            proceed(leg, admission.admitMedia(domain, leg));
        }
    }

    private void proceed(InboundLeg leg, InboundAdmission.Decision decision) {
        if (decision instanceof InboundAdmission.Decision.Reject reject) {
            LOG.info("call refused callId={} from={} requestUri={} sipStatus={}", leg.callId(), leg.source(),
                    leg.requestUri(), reject.status());
            ctx.metrics().refused(reject.status());
            leg.reject(reject.status(), reject.reason());
            return;
        }
        InboundAdmission.Decision.Admit admit = (InboundAdmission.Decision.Admit) decision;
        InboundCall call = new InboundCall(ctx, admit.domain().name(), admit.domain().record().callbackBaseUrl(), leg,
                admit.offer(), admit.codec());
        call.announce();
    }

    /**
     * Places an outbound call to the first of targets, failing over to the next (see OutboundCall).
     *
     * @throws IllegalArgumentException when the SIP stack cannot use destinationUri
     * @throws IllegalStateException     when shutting down or over the node's call limit (the API's 503)
     */
    public OutboundCall place(String domain, String callbackBaseUrl, java.util.List<String> targets, PlaceRemoteCallRequest request) {
        if (!accepting) {
            throw new IllegalStateException("shutting down: no new calls");
        }
        if (!sip.get().admitNewCall()) {
            throw new IllegalStateException("call limit reached: no new calls now");
        }
        OutboundCall call = new OutboundCall(ctx, domain, callbackBaseUrl, request);
        call.start(sip.get(), targets);
        return call;
    }

    public Optional<Call> find(String sessionId) {
        return ctx.registry().find(sessionId);
    }

    public CallRegistry registry() {
        return ctx.registry();
    }
}
