package io.cloudua.sip.internal;

import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;

/**
 * The RI's default (blocking) message processors, with UDP read by {@link CompactUdpMessageProcessor}.
 * Named in the MESSAGE_PROCESSOR_FACTORY property; the RI instantiates it by reflection.
 */
public final class CompactMessageProcessorFactory implements MessageProcessorFactory {
    private final OIOMessageProcessorFactory standard = new OIOMessageProcessorFactory();

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port, String transport)
            throws IOException {
        if ("udp".equalsIgnoreCase(transport)) {
            Integer workers = markUdp(stack);
            if (workers != null) {
                return new CompactUdpMessageProcessor(address, stack, port, workers);
            }
        }
        return standard.createMessageProcessor(stack, address, port, transport);
    }

    /**
     * What the RI's own factory does for UDP: without the flag its channels send every datagram from a new
     * socket (a random port) instead of the listening one. Also reads the stack's THREAD_POOL_SIZE, which the
     * receive loop needs. Both fields are not public, hence reflection; if that is ever refused, the RI's own
     * UDP processor is used.
     *
     * @return the stack's thread pool size (-1: none), or null when the fields cannot be reached
     */
    private static Integer markUdp(SIPTransactionStack stack) {
        try {
            java.lang.reflect.Field flag = SIPTransactionStack.class.getDeclaredField("udpFlag");
            flag.setAccessible(true);
            java.lang.reflect.Field pool = SIPTransactionStack.class.getDeclaredField("threadPoolSize");
            pool.setAccessible(true);
            int workers = pool.getInt(stack);
            flag.setBoolean(stack, true);
            return workers;
        } catch (ReflectiveOperationException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CompactMessageProcessorFactory.class)
                    .warn("using the RI's UDP processor (64 KiB per datagram): {}", e.toString());
            return null;
        }
    }
}
