package io.cloudua.sip;

/** The SIP user agent could not start (port in use, bad address); carries the address in its message. */
public final class SipStartException extends RuntimeException {
    public SipStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
