package io.cloudua.sip.internal;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.SipListenerExt;
import java.util.Map;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SipListener JAIN-SIP allows per provider, kept thin: requests go to the handler of their method,
 * responses and timeouts to the ResponseHandler attached to their client transaction, dialog events to the
 * leg attached to the dialog. Nothing here blocks, and no exception reaches the stack.
 */
final class SipRouter implements SipListenerExt {
    private static final Logger LOG = LoggerFactory.getLogger(SipRouter.class);

    private final SipContext ctx;
    private final Map<String, RequestHandler> handlers;
    private final RequestHandler notAllowed;
    private final RequestGate gate;

    SipRouter(SipContext ctx, Map<String, RequestHandler> handlers, RequestGate gate) {
        this.ctx = ctx;
        this.handlers = handlers;
        this.notAllowed = event -> answerStateless(event, Response.METHOD_NOT_ALLOWED);
        this.gate = gate;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        ctx.metrics().requestIn(request);
        try {
            Rejection rejection = gate.check(request);
            if (rejection != null) {
                StatelessReply.send(ctx, request, rejection);
                return;
            }
            handlers.getOrDefault(request.getMethod(), notAllowed).handle(event);
        } catch (RuntimeException e) {
            LOG.warn("failed to handle {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!Request.ACK.equals(request.getMethod())) {
                answerStateless(event, Response.SERVER_INTERNAL_ERROR);
            }
        }
    }

    private void answerStateless(RequestEvent event, int status) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        ServerTransaction st;
        try {
            st = ServerTransactions.of(ctx, event);
        } catch (ServerTransactions.RetransmissionException e) {
            return;
        }
        Responder.send(ctx, st, request, ctx.builder().response(status, null, request, null));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        ctx.metrics().responseIn(event.getResponse());
        try {
            ClientTransaction ct = event.getClientTransaction();
            if (ct != null && ct.getApplicationData() instanceof ResponseHandler handler) {
                handler.onResponse(event);
            } else if (ct == null && event.getDialog() != null
                    && event.getDialog().getApplicationData() instanceof OutboundLegImpl leg
                    && event.getResponse().getStatusCode() / 100 == 2) {
                leg.onRetransmittedSuccess(event);
            }
        } catch (RuntimeException e) {
            LOG.warn("failed to handle response {}", event.getResponse().getStatusCode(), e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction ct = event.getClientTransaction();
        if (ct != null && ct.getApplicationData() instanceof ResponseHandler handler) {
            try {
                handler.onTimeout();
            } catch (RuntimeException e) {
                LOG.warn("failed to handle a transaction timeout", e);
            }
        }
    }

    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        if (event.getDialog() != null && event.getDialog().getApplicationData() instanceof AbstractLeg leg) {
            leg.onDialogTimeout();
        }
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        if (event.getDialog() != null && event.getDialog().getApplicationData() instanceof AbstractLeg leg) {
            // Normally the leg ended before its dialog; this is the safety net against leaked legs.
            leg.onDialogTerminated();
            event.getDialog().setApplicationData(null);
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.debug("SIP transport error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // Nothing to free: transactions carry only their handler.
    }
}
