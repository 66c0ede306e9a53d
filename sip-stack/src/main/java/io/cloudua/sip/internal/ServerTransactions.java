package io.cloudua.sip.internal;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gets or creates the server transaction of a request; a retransmission the stack already absorbs gives null. */
final class ServerTransactions {
    private static final Logger LOG = LoggerFactory.getLogger(ServerTransactions.class);

    private ServerTransactions() { }

    /** The request's server transaction, or null when it is a retransmission (already handled). */
    static ServerTransaction of(SipContext ctx, RequestEvent event) throws RetransmissionException {
        ServerTransaction st = event.getServerTransaction();
        if (st != null) {
            return st;
        }
        Request request = event.getRequest();
        try {
            return ctx.provider().getNewServerTransaction(request);
        } catch (TransactionAlreadyExistsException e) {
            throw new RetransmissionException();
        } catch (Exception e) {
            // Answer statelessly: better than silence.
            LOG.debug("no server transaction for {}: {}", request.getMethod(), e.toString());
            return null;
        }
    }

    /** Thrown when the request is a retransmission the stack is already answering. */
    static final class RetransmissionException extends Exception {
        RetransmissionException() {
            super(null, null, false, false);
        }
    }
}
