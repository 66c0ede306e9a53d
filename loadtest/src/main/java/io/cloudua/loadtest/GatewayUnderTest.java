package io.cloudua.loadtest;

/**
 * The gateway a run measures: an external `cloudua serve` process ({@link ExternalGateway}) or, for the CI
 * smoke, one started in the test's JVM. The runner needs its ports, a domain whose webhooks go to the device
 * simulator, a bearer token for that domain, its process id (CPU and RSS) and its heap.
 */
public interface GatewayUnderTest extends AutoCloseable {
    String host();

    int httpPort();

    int sipPort();

    String domain();

    String token();

    long pid();

    /** Used, committed heap bytes, GC count and GC ms; null when unknown. */
    ProcSampler.HeapProbe heapProbe();

    /** Asks for a full GC (to read the live set); best effort. */
    void gc();

    /** `jcmd PID GC.class_histogram` output (a full GC first), or null when not available. */
    default String classHistogram() {
        return null;
    }

    /** What it runs (jar, JVM options), for the report. */
    String describe();

    @Override
    void close();
}
