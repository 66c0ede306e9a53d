package io.cloudua.gateway.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM and SIGINT into a call of our own instead of the JVM's immediate shutdown.
 *
 * <p>Why: with only a shutdown hook the JVM is already exiting when we hear of the signal, so the process
 * ends with status 143 whatever the hook does, and the drain has to race the other hooks. Handling the signal
 * lets {@code serve} drain calls for as long as its drain time says, then return 0 from main like any clean
 * stop. Uses {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK); where a signal cannot be
 * handled the default behaviour (the shutdown hook) remains.
 */
final class TerminationSignals {
    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);

    private TerminationSignals() {
    }

    /** Runs onSignal (once per signal received, on the JVM's signal thread: keep it short) for TERM and INT. */
    static void handle(Runnable onSignal) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    LOG.info("SIG{} received: shutting down gracefully", signal.getName());
                    onSignal.run();
                });
            } catch (IllegalArgumentException e) {
                LOG.warn("cannot handle SIG{} ({}); it will stop the gateway without draining", name, e.getMessage());
            }
        }
    }
}
