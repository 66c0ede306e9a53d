package io.cloudua.gateway.call;

import io.cloudua.api.call.PlaceRemoteCallRequest;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.sip.InboundCallHandler;
import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.SipUserAgent;
import java.util.Optional;
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

    public CallService(CallContext ctx, DomainService domains, Supplier<SipUserAgent> sip) {
        this.ctx = ctx;
        this.admission = new InboundAdmission(domains);
        this.sip = sip;
    }

    @Override
    public void onInvite(InboundLeg leg) {
        InboundAdmission.Decision decision = admission.decide(leg);
        if (decision instanceof InboundAdmission.Decision.Reject reject) {
            LOG.info("call refused callId={} from={} requestUri={} sipStatus={}", leg.callId(), leg.source(),
                    leg.requestUri(), reject.status());
            leg.reject(reject.status(), reject.reason());
            return;
        }
        InboundAdmission.Decision.Admit admit = (InboundAdmission.Decision.Admit) decision;
        InboundCall call = new InboundCall(ctx, admit.domain().name(), admit.domain().record().callbackBaseUrl(), leg,
                admit.offer(), admit.codec());
        call.announce();
    }

    /**
     * Places an outbound call.
     *
     * @throws IllegalArgumentException when the SIP stack cannot use destinationUri
     */
    public OutboundCall place(String domain, String callbackBaseUrl, String destinationUri, PlaceRemoteCallRequest request) {
        OutboundCall call = new OutboundCall(ctx, domain, callbackBaseUrl, request);
        call.start(sip.get(), destinationUri);
        return call;
    }

    public Optional<Call> find(String sessionId) {
        return ctx.registry().find(sessionId);
    }

    public CallRegistry registry() {
        return ctx.registry();
    }
}
