package io.cloudua.sip;

/**
 * What the SIP user agent tells whoever measures it: each request and response it received from the network
 * and each one it sent. The stack knows only this narrow interface (in the manner of HikariCP's metrics
 * tracker), so it stays free of any metrics library; the gateway plugs in a Micrometer adapter.
 *
 * <p>Counted where the user agent sees messages: requests and responses delivered to it by JAIN-SIP (so
 * retransmissions absorbed by the transaction layer are not counted), and messages it sends itself. Methods
 * are the raw method names from the wire: an adapter that turns them into labels must bound them.
 *
 * <p>Implementations are called on SIP worker threads: they must be fast, must not block and must never
 * throw (a throwing implementation is ignored, never allowed to break a call).
 */
public interface SipMetrics {

    /** Measures nothing. */
    SipMetrics NOOP = new SipMetrics() { };

    /** A request arrived (in or out of dialog, including ACK and CANCEL). */
    default void requestIn(String method) { }

    /** A response arrived for one of our client transactions; {@code method} is its CSeq method. */
    default void responseIn(int status, String method) { }

    /** We sent a request. */
    default void requestOut(String method) { }

    /** We sent a response to a request of {@code method}. */
    default void responseOut(int status, String method) { }
}
