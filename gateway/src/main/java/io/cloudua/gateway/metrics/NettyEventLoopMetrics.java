package io.cloudua.gateway.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.util.Map;

/**
 * {@code cloudua_netty_eventloop_pending_tasks{group,loop}}: tasks waiting on each Netty event loop. A loop
 * whose queue grows is blocked or overloaded, and every connection it owns waits with it. Loops are labelled
 * by index, not thread name, so the label set is fixed by the configuration. (Micrometer's own
 * NettyEventExecutorMetrics asks each loop for its thread name, which blocks until the loop has started.)
 */
final class NettyEventLoopMetrics implements MeterBinder {
    private final Map<String, EventLoopGroup> groups;

    NettyEventLoopMetrics(Map<String, EventLoopGroup> groups) {
        this.groups = groups;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        groups.forEach((name, group) -> {
            int index = 0;
            for (EventExecutor executor : group) {
                if (executor instanceof SingleThreadEventExecutor loop) {
                    Gauge.builder("cloudua.netty.eventloop.pending.tasks", loop, SingleThreadEventExecutor::pendingTasks)
                            .description("Tasks waiting to run on a Netty event loop")
                            .tag("group", name).tag("loop", Integer.toString(index))
                            .register(registry);
                }
                index++;
            }
        });
    }
}
