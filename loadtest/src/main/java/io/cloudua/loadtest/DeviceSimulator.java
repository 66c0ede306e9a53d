package io.cloudua.loadtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The device side of the load: a webhook receiver that answers every newRemoteCall over the REST API
 * (ringback first when asked), and a caller that places outbound calls at a given rate and hangs each up
 * after a hold time. Counts every webhook, every REST status and the latencies the device sees, per step.
 *
 * <p>Threads: one Netty loop accepts, {@code webhookThreads} loops serve webhooks, one loop runs the REST
 * client pool and the hangup timers, one thread paces outbound calls. Nothing blocks on any of them.
 */
public final class DeviceSimulator implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] EMPTY_REPLY = "{}".getBytes(StandardCharsets.US_ASCII);
    private static final String OUT_PREFIX = "lt-o";

    /**
     * @param ringback        send sendremotecallringbackjwt (180) before answering inbound calls
     * @param answerCodec     the codec the device answers inbound calls with
     * @param placeCodec      the codec of outbound offers
     * @param restConnections keep-alive connections to the REST API
     * @param webhookThreads  event loops serving webhooks
     */
    public record Options(boolean ringback, String answerCodec, String placeCodec, int restConnections, int webhookThreads) {
        public static Options defaults() {
            return new Options(true, "PCMA", "PCMU", 64, 1);
        }
    }

    private static final class InCall {
        final long announcedAt;
        volatile boolean answered;

        InCall(long announcedAt) {
            this.announcedAt = announcedAt;
        }
    }

    private static final class OutCall {
        final long placedAt;
        final StepStats step;
        volatile boolean answered;
        volatile boolean ringing;

        OutCall(long placedAt, StepStats step) {
            this.placedAt = placedAt;
            this.step = step;
        }
    }

    private final Options options;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final EventLoopGroup client;
    private final WebhookServer server;
    private final ScheduledExecutorService pacer;
    private final ConcurrentHashMap<String, InCall> inbound = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, OutCall> outbound = new ConcurrentHashMap<>();
    private final AtomicLong refs = new AtomicLong();
    private volatile HttpPool rest;
    private volatile String basePath;
    private volatile String authorization;
    private volatile StepStats step = new StepStats("idle");
    private volatile long holdMillis;
    private volatile String callbackBaseUrl;

    private DeviceSimulator(Options options, String bindHost, int port) throws InterruptedException {
        this.options = options;
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(options.webhookThreads(), NioIoHandler.newFactory());
        client = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = WebhookServer.start(boss, workers, bindHost, port, this::onWebhook);
        pacer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lt-pacer");
            t.setDaemon(true);
            return t;
        });
        callbackBaseUrl = "http://" + bindHost + ":" + server.port() + "/hooks";
    }

    /** Starts the webhook receiver on bindHost:port (0 picks a free port). */
    public static DeviceSimulator start(Options options, String bindHost, int port) throws InterruptedException {
        return new DeviceSimulator(options, bindHost, port);
    }

    /** Where the gateway should POST this device's webhooks. */
    public String callbackBaseUrl() {
        return callbackBaseUrl;
    }

    /** Points the REST side at a gateway's call-control API for one domain. */
    public void connect(String host, int httpPort, String domain, String token) {
        HttpPool old = rest;
        rest = new HttpPool(client, host, httpPort, options.restConnections(), 30_000);
        basePath = "/mediaservice/" + domain + "/";
        authorization = "Bearer " + token;
        if (old != null) {
            old.close();
        }
    }

    /** Starts counting into a fresh step; returns it. */
    public StepStats beginStep(String name) {
        StepStats s = new StepStats(name);
        s.webhookConnectionsAtStart = server.connectionsOpened();
        step = s;
        return s;
    }

    /** Webhook connections the gateway has open to this device now. */
    public long webhookConnectionsOpen() {
        return server.connectionsOpen();
    }

    /**
     * Ends the current step: calls that are still open count as failed ("unfinished") and are forgotten,
     * so they cannot leak into the next step.
     */
    public StepStats endStep() {
        StepStats s = step;
        s.webhookConnectionsOpened = server.connectionsOpened() - s.webhookConnectionsAtStart;
        s.webhookConnectionsOpenAtEnd = server.connectionsOpen();
        int in = inbound.size();
        int out = outbound.size();
        if (in > 0) {
            s.inboundFailed.add(in);
            for (int i = 0; i < in; i++) {
                s.failure("inbound unfinished");
            }
        }
        if (out > 0) {
            s.outboundFailed.add(out);
            for (int i = 0; i < out; i++) {
                s.failure("outbound unfinished");
            }
        }
        inbound.clear();
        outbound.clear();
        step = new StepStats("idle");
        return s;
    }

    public int inboundActive() {
        return inbound.size();
    }

    public int outboundActive() {
        return outbound.size();
    }

    /** Waits until no call is open (inbound and outbound), at most timeout; true when idle. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (inbound.isEmpty() && outbound.isEmpty()) {
                return true;
            }
            Thread.sleep(50);
        }
        return inbound.isEmpty() && outbound.isEmpty();
    }

    /**
     * Places {@code count} outbound calls at {@code rate} per second towards destinationUri; each answered
     * call is hung up {@code holdMillis} after callAnswered. Completes when the last call was placed (or
     * maxTime passed: the rest are not placed).
     */
    public CompletableFuture<Integer> placeCalls(double rate, int count, String destinationUri, long holdMillis, Duration maxTime) {
        this.holdMillis = holdMillis;
        CompletableFuture<Integer> done = new CompletableFuture<>();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        AtomicLong placed = new AtomicLong();
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        Runnable tick = () -> {
            long now = System.nanoTime();
            long due = Math.min(count, (long) ((now - start) / 1e9 * rate) + 1);
            while (placed.get() < due) {
                placed.incrementAndGet();
                placeOne(destinationUri);
            }
            if (placed.get() >= count || now > deadline) {
                done.complete((int) placed.get());
                task[0].cancel(false);
            }
        };
        synchronized (task) {
            task[0] = pacer.scheduleAtFixedRate(() -> {
                synchronized (task) {
                    if (!done.isDone()) {
                        tick.run();
                    }
                }
            }, 0, 1, TimeUnit.MILLISECONDS);
        }
        return done;
    }

    private void placeOne(String destinationUri) {
        StepStats s = step;
        String ref = OUT_PREFIX + refs.incrementAndGet();
        long now = System.nanoTime();
        outbound.put(ref, new OutCall(now, s));
        s.outboundPlaced.increment();
        StepStats.min(s.firstPlaceNanos, now);
        StepStats.max(s.lastPlaceNanos, now);
        String body = "{\"codec\":\"" + options.placeCodec() + "\",\"destinationUri\":\"" + destinationUri
                + "\",\"sourceUser\":\"4600" + (ref.hashCode() & 0xffff) + "\",\"receiveIp\":\"127.0.0.1\",\"receivePort\":31000,"
                + "\"telephoneEventPayloadType\":101,\"sessionReferenceId\":\"" + ref + "\",\"callbackBaseUrl\":\""
                + callbackBaseUrl + "\"}";
        rest.postJson(basePath + "placeremotecalljwt", body, authorization).thenAccept(r -> {
            s.rest("placeremotecalljwt", r);
            if (r.status() != 200) {
                if (outbound.remove(ref) != null) {
                    s.outboundFailed.increment();
                    s.failure("placeremotecalljwt " + (r.status() < 0 ? "error" : r.status()));
                }
            }
        });
    }

    // ---- webhooks ----

    private static final class Fields {
        String replyId;
        String sessionId;
        String sessionReferenceId;
        String event;
        String sipStatus;
    }

    private static Fields parse(byte[] body) {
        Fields f = new Fields();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return f;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case "replyId" -> f.replyId = p.getValueAsString();
                    case "sessionId" -> f.sessionId = p.getValueAsString();
                    case "sessionReferenceId" -> f.sessionReferenceId = p.getValueAsString();
                    case "event" -> f.event = p.getValueAsString();
                    case "sipStatus" -> f.sipStatus = p.getValueAsString();
                    default -> { }
                }
            }
        } catch (IOException e) {
            f.event = "unparseable";
        }
        return f;
    }

    private byte[] onWebhook(String path, byte[] body, long now) {
        String event = path.substring(path.lastIndexOf('/') + 1);
        StepStats s = step;
        s.webhook(event);
        Fields f = parse(body);
        boolean isOut = f.sessionReferenceId != null && f.sessionReferenceId.startsWith(OUT_PREFIX);
        switch (event) {
            case "newRemoteCall" -> onNewRemoteCall(s, f, now);
            case "callAnswered" -> {
                if (isOut) {
                    onOutboundAnswered(f, now);
                } else {
                    InCall c = f.sessionId == null ? null : inbound.get(f.sessionId);
                    if (c != null) {
                        c.answered = true;
                        s.inboundAnswered.increment();
                    }
                }
            }
            case "callHungup" -> {
                if (isOut) {
                    OutCall c = outbound.remove(f.sessionReferenceId);
                    if (c != null) {
                        if (c.answered) {
                            c.step.outboundCompleted.increment();
                        } else {
                            c.step.outboundFailed.increment();
                            c.step.failure("outbound callHungup before callAnswered");
                        }
                    }
                } else {
                    InCall c = f.sessionId == null ? null : inbound.remove(f.sessionId);
                    if (c != null) {
                        if (c.answered) {
                            s.inboundCompleted.increment();
                        } else {
                            s.inboundFailed.increment();
                            s.failure("inbound callHungup before callAnswered");
                        }
                    }
                }
            }
            case "callFailed" -> {
                OutCall c = f.sessionReferenceId == null ? null : outbound.remove(f.sessionReferenceId);
                StepStats owner = c != null ? c.step : s;
                owner.outboundFailed.increment();
                owner.failure("callFailed " + f.sipStatus);
            }
            case "callNotify" -> {
                s.webhook("callNotify " + f.event);
                OutCall c = isOut ? outbound.get(f.sessionReferenceId) : null;
                if (c != null && "ringing".equals(f.event) && c.answered) {
                    c.step.failure("warning: callNotify ringing after callAnswered");
                }
                if (c != null && "ringing".equals(f.event) && !c.ringing) {
                    c.ringing = true;
                    c.step.outboundRinging.recordNanos(now - c.placedAt);
                }
            }
            default -> { }
        }
        return EMPTY_REPLY;
    }

    private void onNewRemoteCall(StepStats s, Fields f, long now) {
        s.inboundAnnounced.increment();
        if (f.sessionId == null || f.replyId == null) {
            s.failure("newRemoteCall without sessionId/replyId");
            return;
        }
        inbound.put(f.sessionId, new InCall(now));
        String replyBody = "{\"replyId\":\"" + f.replyId + "\"}";
        String answerBody = "{\"replyId\":\"" + f.replyId + "\",\"codec\":\"" + options.answerCodec()
                + "\",\"receiveIp\":\"127.0.0.1\",\"receivePort\":30000,\"telephoneEventPayloadType\":101}";
        HttpPool pool = rest;
        CompletableFuture<HttpPool.Response> ringback = options.ringback()
                ? pool.postJson(basePath + "sendremotecallringbackjwt", replyBody, authorization)
                : CompletableFuture.completedFuture(null);
        ringback.thenCompose(r -> {
            if (r != null) {
                s.rest("sendremotecallringbackjwt", r);
            }
            return pool.postJson(basePath + "answerremotecalljwt", answerBody, authorization);
        }).thenAccept(r -> {
            s.rest("answerremotecalljwt", r);
            if (r.status() == 200) {
                s.inboundAnswer.recordNanos(System.nanoTime() - now);
            } else {
                s.failure("answerremotecalljwt " + (r.status() < 0 ? "error" : r.status()));
            }
        });
    }

    private void onOutboundAnswered(Fields f, long now) {
        OutCall c = outbound.get(f.sessionReferenceId);
        if (c == null || c.answered) {
            return;
        }
        c.answered = true;
        StepStats s = c.step;
        s.outboundAnswered.increment();
        s.outboundSetup.recordNanos(now - c.placedAt);
        StepStats.min(s.firstAnswerNanos, now);
        StepStats.max(s.lastAnswerNanos, now);
        HttpPool pool = rest;
        String body = "{\"replyId\":\"" + f.replyId + "\"}";
        pool.loop().schedule(() -> pool.postJson(basePath + "hangupcalljwt", body, authorization).thenAccept(r -> {
            s.rest("hangupcalljwt", r);
            if (r.status() != 200) {
                s.failure("hangupcalljwt " + (r.status() < 0 ? "error" : r.status()));
            }
        }), holdMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        HttpPool r = rest;
        if (r != null) {
            r.close();
        }
        server.close();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        client.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
