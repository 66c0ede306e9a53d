package io.cloudua.loadtest;

import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A gateway started in this JVM (Gateway.start), for the CI smoke: no jar needed, works under `mvn test`. */
final class InProcessGateway implements GatewayUnderTest {
    private static final String KEY = "smoke-admin";
    private static final String SECRET = "smoke-admin-secret";

    private final Gateway gateway;
    private final Path dataDir;
    private final int sipPort;
    private final String domain;
    private final String token;

    InProcessGateway(String domain, String callbackBaseUrl) throws Exception {
        this.domain = domain;
        dataDir = Files.createTempDirectory("cloudua-smoke-");
        sipPort = Ports.freeUdpAndTcp();
        GatewayConfig config = new GatewayConfig("127.0.0.1", 0, sipPort, dataDir, null, null, null, "127.0.0.1", "smoke",
                Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofHours(1), KEY, SECRET, 1, 4)
                // all the load comes from 127.0.0.1: no per-source SIP rate limit
                .withSipLimits(io.cloudua.gateway.config.SipLimits.OFF);
        gateway = Gateway.start(config);
        try {
            ExternalGateway.createDomain(gateway.httpPort(), KEY, SECRET, domain, callbackBaseUrl);
            token = gateway.tokens().mintApiToken(domain, Duration.ofHours(1));
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int httpPort() {
        return gateway.httpPort();
    }

    @Override
    public int sipPort() {
        return sipPort;
    }

    @Override
    public String domain() {
        return domain;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public ProcSampler.HeapProbe heapProbe() {
        return () -> {
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long count = 0;
            long ms = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                ms += Math.max(0, gc.getCollectionTime());
            }
            return new long[] {heap.getUsed(), heap.getCommitted(), count, ms};
        };
    }

    @Override
    public void gc() {
        System.gc();
    }

    @Override
    public String describe() {
        return "in-process Gateway.start (the test's JVM, shared with the device simulator)";
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        ExternalGateway.deleteTree(dataDir);
    }
}
