package io.cloudua.sip.internal;

import gov.nist.javax.sip.stack.DatagramQueuedMessageDispatch;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.UDPMessageChannel;
import gov.nist.javax.sip.stack.UDPMessageProcessor;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RI's UDP receive loop, changed in the two ways load showed it must be:
 * <ul>
 *   <li>it reads every datagram into one reused buffer and queues an exact-size copy. The RI allocates a fresh
 *       {@code MAX_MESSAGE_SIZE} array (64 KiB) per datagram and queues that: 460 MB/s of garbage at 1200
 *       calls per second, and when the worker fell behind, a queue of 64 KiB arrays ended in OutOfMemoryError
 *       on the receive thread, after which the node heard no more SIP;
 *   <li>the queue to the SIP worker is bounded ({@link #MAX_QUEUED}): beyond it datagrams are dropped, as the
 *       network would drop them, and peers retransmit (RFC 3261 17.1.1.2). Overload costs calls, never the
 *       node. The RI's congestion auditor still drops what waited longer than CONGESTION_CONTROL_TIMEOUT.
 * </ul>
 * Everything else (worker threads, their names, the dispatch of each datagram) is the RI's.
 */
final class CompactUdpMessageProcessor extends UDPMessageProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(CompactUdpMessageProcessor.class);
    /** The largest UDP payload; the buffer is allocated once. */
    private static final int MAX_DATAGRAM = 65_535;
    /** Datagrams waiting for the SIP worker at most: ~2 s of traffic at 1000 CPS, ~20 MB of typical messages. */
    static final int MAX_QUEUED = 20_000;

    private final AtomicLong dropped = new AtomicLong();
    private volatile EarlyRefusal early;
    private final int workers;

    /** @param workers the stack's THREAD_POOL_SIZE, or -1 for a thread per datagram */
    CompactUdpMessageProcessor(InetAddress address, SIPTransactionStack stack, int port, int workers) throws IOException {
        super(address, stack, port);
        this.workers = workers;
    }

    /** From now on, new INVITEs over the call limit are answered 503 here, before they are queued. */
    void refuseEarly(EarlyRefusal refusal) {
        this.early = refusal;
    }

    /** Datagrams dropped because the queue was full (monotonic). */
    long dropped() {
        return dropped.get();
    }

    @Override
    public void run() {
        messageChannels = new LinkedList<>();
        if (workers != -1) {
            for (int i = 0; i < workers; i++) {
                messageChannels.add(new Worker(sipStack, this,
                        ((gov.nist.javax.sip.SipStackImpl) sipStack).getStackName() + "-UDPMessageChannelThread-" + i));
            }
        }
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket received = new DatagramPacket(buffer, buffer.length);
        while (isRunning) {
            try {
                received.setData(buffer, 0, buffer.length);
                sock.receive(received);
                EarlyRefusal refusal = early;
                if (refusal != null) {
                    EarlyRefusal.Verdict verdict = refusal.check(buffer, received.getOffset(), received.getLength(),
                            messageQueue.size());
                    if (!verdict.pass()) {
                        if (verdict.answer() != null) {
                            sock.send(new DatagramPacket(verdict.answer(), verdict.answer().length, received.getAddress(),
                                    received.getPort()));
                        }
                        continue;
                    }
                }
                if (workers == -1) {
                    new UnpooledWorker(sipStack, this, copyOf(received));
                } else if (messageQueue.size() < MAX_QUEUED) {
                    messageQueue.offer(new DatagramQueuedMessageDispatch(copyOf(received), System.currentTimeMillis()));
                } else if (dropped.incrementAndGet() % 1000 == 1) {
                    LOG.warn("SIP worker overloaded: {} UDP datagrams queued, {} dropped so far", MAX_QUEUED, dropped.get());
                }
            } catch (SocketTimeoutException e) {
                // no datagram within the socket timeout: look at isRunning again
            } catch (SocketException e) {
                if (isRunning) {
                    LOG.warn("UDP receive failed on port {}: {}", getPort(), e.toString());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("UDP receive failed on port {}: {}", getPort(), e.toString());
            } catch (OutOfMemoryError e) {
                // Never let the receive thread die: without it the node is deaf. Drop this datagram.
                dropped.incrementAndGet();
            }
        }
    }

    private static DatagramPacket copyOf(DatagramPacket p) {
        byte[] exact = Arrays.copyOfRange(p.getData(), p.getOffset(), p.getOffset() + p.getLength());
        return new DatagramPacket(exact, exact.length, p.getAddress(), p.getPort());
    }

    /** A pooled worker: the RI's channel that takes datagrams from the queue (its constructor is protected). */
    private static final class Worker extends UDPMessageChannel {
        Worker(SIPTransactionStack stack, UDPMessageProcessor processor, String threadName) {
            super(stack, processor, threadName);
        }
    }

    /** Without a pool (THREAD_POOL_SIZE unset) the RI runs one channel thread per datagram. */
    private static final class UnpooledWorker extends UDPMessageChannel {
        UnpooledWorker(SIPTransactionStack stack, UDPMessageProcessor processor, DatagramPacket packet) {
            super(stack, processor, packet);
        }
    }
}
