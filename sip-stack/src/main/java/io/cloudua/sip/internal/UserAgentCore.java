package io.cloudua.sip.internal;

import gov.nist.core.CommonLogger;
import io.cloudua.sip.InboundCallHandler;
import io.cloudua.sip.InviteRequest;
import io.cloudua.sip.OutboundLeg;
import io.cloudua.sip.OutboundListener;
import io.cloudua.sip.SipConfig;
import io.cloudua.sip.sdp.SdpCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ListeningPoint;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.message.Request;

/**
 * Builds and owns one JAIN-SIP stack: listening points, the provider, the router and its handlers.
 * The public face is {@link io.cloudua.sip.SipUserAgent}.
 */
public final class UserAgentCore {
    private static final AtomicInteger STACKS = new AtomicInteger();

    private final SipStack stack;
    private final SipContext ctx;
    private final OutboundInvites invites;
    private final RequestGate gate;

    public UserAgentCore(SipConfig config, InboundCallHandler calls, ScheduledExecutorService timers) throws Exception {
        this(config, calls, timers, io.cloudua.sip.SipMetrics.NOOP);
    }

    public UserAgentCore(SipConfig config, InboundCallHandler calls, ScheduledExecutorService timers,
                         io.cloudua.sip.SipMetrics metrics) throws Exception {
        // The RI otherwise reaches for log4j 1.x, which we do not ship.
        CommonLogger.useLegacyLogger = true;
        CommonLogger.legacyLogger = new Slf4jStackLogger();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        String name = "cloudua-" + STACKS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        stack = factory.createSipStack(StackProperties.of(config, name));
        List<ListeningPoint> points = new ArrayList<>();
        if (config.udp()) {
            points.add(stack.createListeningPoint(config.bindAddress(), config.port(), ListeningPoint.UDP));
        }
        if (config.tcp()) {
            points.add(stack.createListeningPoint(config.bindAddress(), config.port(), ListeningPoint.TCP));
        }
        for (ListeningPoint lp : points) {
            lp.setSentBy(hostForVia(config.advertisedHost()) + ":" + config.port());
        }
        if (config.tls() != null) {
            ListeningPoint tls = stack.createListeningPoint(config.bindAddress(), config.tls().port(), ListeningPoint.TLS);
            tls.setSentBy(hostForVia(config.advertisedHost()) + ":" + config.tls().port());
            points.add(tls);
        }
        SipProvider provider = stack.createSipProvider(points.get(0));
        for (int i = 1; i < points.size(); i++) {
            provider.addListeningPoint(points.get(i));
        }
        var headers = factory.createHeaderFactory();
        var messages = factory.createMessageFactory();
        var addresses = factory.createAddressFactory();
        MessageBuilder builder = new MessageBuilder(config, headers, messages, addresses);
        ctx = new SipContext(config, provider, headers, messages, addresses, new SdpCodec(config.advertisedHost()),
                timers, new LegRegistry(), builder, new MessageCounter(metrics));
        DialogRequestHandlers inDialog = new DialogRequestHandlers(ctx);
        Map<String, RequestHandler> handlers = Map.of(
                Request.INVITE, new InviteHandler(ctx, calls),
                Request.ACK, inDialog.ack(),
                Request.BYE, inDialog.bye(),
                Request.CANCEL, new CancelHandler(ctx),
                Request.UPDATE, inDialog.update(),
                Request.INFO, inDialog.info(),
                Request.OPTIONS, new OptionsHandler(ctx));
        gate = new RequestGate(new SourceRateLimiter(config.rateLimit(), System::nanoTime), new RequestScreen(),
                new CallLoadLimiter(config.callLimit(), ctx.legs()::size, System::nanoTime));
        provider.addSipListener(new SipRouter(ctx, handlers, gate));
        EarlyRefusal early = new EarlyRefusal(gate::refuseNewCallEarly, config.userAgent());
        for (ListeningPoint lp : points) {
            if (lp instanceof gov.nist.javax.sip.ListeningPointImpl impl
                    && impl.getMessageProcessor() instanceof CompactUdpMessageProcessor udp) {
                udp.refuseEarly(early);
            }
        }
        invites = new OutboundInvites(ctx);
        stack.start();
    }

    private static String hostForVia(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public OutboundLeg invite(InviteRequest request, OutboundListener listener) {
        return invites.send(request, listener);
    }

    public int activeLegs() {
        return ctx.legs().size();
    }

    public boolean admitNewCall() {
        return gate.admitOutboundCall();
    }

    public long callsRefused() {
        return gate.callsRefused();
    }

    public long rateLimitedRequests() {
        return gate.rateLimited();
    }

    /** The sizes of JAIN-SIP's own dialog and transaction tables (the RI's stack class exposes them). */
    public io.cloudua.sip.StackTables stackTables() {
        gov.nist.javax.sip.stack.SIPTransactionStack s = (gov.nist.javax.sip.stack.SIPTransactionStack) stack;
        return new io.cloudua.sip.StackTables(s.getDialogs().size(), s.getClientTransactionTableSize(),
                s.getServerTransactionTableSize());
    }

    public long rejectedRequests() {
        return gate.screened();
    }

    /** Ends every live leg (BYE where answered), then stops the stack. */
    public void close() {
        List<AbstractLeg> live = new ArrayList<>();
        ctx.legs().all().forEach(live::add);
        live.forEach(AbstractLeg::shutdown);
        stack.stop();
    }
}
