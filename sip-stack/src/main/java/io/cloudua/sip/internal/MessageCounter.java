package io.cloudua.sip.internal;

import io.cloudua.sip.SipMetrics;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to the {@link SipMetrics} of this user agent, taking the method and status out of the
 * message so call sites stay one line, and shielding the stack's threads from a metrics implementation that
 * throws.
 */
final class MessageCounter {
    private static final Logger LOG = LoggerFactory.getLogger(MessageCounter.class);

    private final SipMetrics sink;

    MessageCounter(SipMetrics sink) {
        this.sink = sink == null ? SipMetrics.NOOP : sink;
    }

    void requestIn(Request request) {
        try {
            sink.requestIn(request.getMethod());
        } catch (RuntimeException e) {
            LOG.debug("SIP metrics failed: {}", e.toString());
        }
    }

    void responseIn(Response response) {
        try {
            sink.responseIn(response.getStatusCode(), methodOf(response));
        } catch (RuntimeException e) {
            LOG.debug("SIP metrics failed: {}", e.toString());
        }
    }

    void requestOut(Request request) {
        try {
            sink.requestOut(request.getMethod());
        } catch (RuntimeException e) {
            LOG.debug("SIP metrics failed: {}", e.toString());
        }
    }

    void responseOut(Response response) {
        try {
            sink.responseOut(response.getStatusCode(), methodOf(response));
        } catch (RuntimeException e) {
            LOG.debug("SIP metrics failed: {}", e.toString());
        }
    }

    private static String methodOf(Response response) {
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        return cseq == null ? "UNKNOWN" : cseq.getMethod();
    }
}
