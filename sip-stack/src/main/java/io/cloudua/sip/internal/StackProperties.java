package io.cloudua.sip.internal;

import io.cloudua.sip.SipConfig;
import java.util.Properties;

/**
 * The JAIN-SIP RI properties we run with, in one place, each with the reason it is set.
 */
final class StackProperties {
    private StackProperties() { }

    static Properties of(SipConfig config, String stackName) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", stackName);
        // Dialogs are created by the stack when we answer or send INVITE; we still manage To tags ourselves.
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        // Without a pool the UDP path starts one thread per datagram.
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(config.threadPoolSize()));
        // Our listener is thread-safe, so let the stack call it concurrently.
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        // The RI's default (blocking) TCP/TLS processors, not its NIO ones: in 1.3.0-91 the NIO client opens
        // two connections for one outbound request and writes to the one it has already dropped, so an
        // INVITE over TCP was sometimes never sent (seen in OutboundCallIT). UDP is the same either way.
        // Our UDP processor reads into one buffer and queues exact-size copies, bounded (the RI's allocates
        // MAX_MESSAGE_SIZE per datagram and queues without bound: OutOfMemoryError at 1200 CPS).
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", CompactMessageProcessorFactory.class.getName());
        // The largest TCP/TLS message we read.
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        // Drop datagrams that waited longer than this for the SIP worker: the peer has retransmitted by then.
        p.setProperty("gov.nist.javax.sip.CONGESTION_CONTROL_TIMEOUT", "4000");
        // Answer a UDP request where it came from (as if it carried rport, RFC 3581) when its Via names another
        // port: devices behind NAT get their answers, and a forged Via port cannot aim our responses elsewhere.
        p.setProperty("gov.nist.javax.sip.ALWAYS_ADD_RPORT", "true");
        // The RI's parser, screened: clean 400s for what it cannot parse, marks for what it should not accept.
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", ScreeningParserFactory.class.getName());
        // Free transaction data once it is no longer needed.
        p.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        // Without bounds, stuck transactions live forever.
        p.setProperty("gov.nist.javax.sip.MAX_TX_LIFETIME_INVITE", "300");
        p.setProperty("gov.nist.javax.sip.MAX_TX_LIFETIME_NON_INVITE", "60");
        p.setProperty("gov.nist.javax.sip.MAX_LISTENER_RESPONSE_TIME", "120");
        // Let us see and answer every request, including retransmission-free CANCEL handling.
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "false");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", NoServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        if (config.tls() != null) {
            String store = config.tls().keyStore().toAbsolutePath().toString();
            p.setProperty("javax.net.ssl.keyStore", store);
            p.setProperty("javax.net.ssl.keyStorePassword", config.tls().keyStorePassword());
            p.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
            // We accept TLS from any caller (no client certificates); callers are admitted by ACL or digest.
            p.setProperty("javax.net.ssl.trustStore", store);
            p.setProperty("javax.net.ssl.trustStorePassword", config.tls().keyStorePassword());
            p.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.2,TLSv1.3");
            // The RI's default suites are RSA-only CBC ones; offer current AEAD suites for RSA and EC keys.
            p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(",",
                    "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        }
        return p;
    }
}
