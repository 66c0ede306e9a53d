package io.cloudua.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run one SIPp process: scenario, addresses, transport, load and variables.
 *
 * <p>Why a value: a test builds the options it needs from {@link #uac} or {@link #uas} and a
 * few {@code with*} calls, and the same value can be printed in a failure message or reused for
 * a second run. It is immutable and validated once here, so {@link Sipp#start} only turns it
 * into a command line.
 *
 * @param scenario   the XML scenario file ({@code -sf})
 * @param localIp    address SIPp binds and writes into Via/Contact ({@code -i})
 * @param localPort  port SIPp binds ({@code -p}); 0 picks a free one at start
 * @param remoteHost where a client (UAC) scenario sends; {@code null} runs SIPp as a server
 * @param remotePort port of {@code remoteHost}
 * @param transport  {@code u1} UDP, {@code t1} TCP, {@code l1} TLS ({@code -t}; {@code un},
 *                   {@code tn}, {@code ln} are accepted too). TLS needs a certificate and key:
 *                   pass {@code -tls_cert} and {@code -tls_key} in {@code extraArgs}
 * @param calls      stop after this many calls ({@code -m})
 * @param rate       calls per second ({@code -r})
 * @param service    user part of the Request-URI ({@code -s}); {@code null} leaves SIPp's default
 * @param vars       global scenario variables ({@code -set name value}); the scenario must declare
 *                   them in {@code <Global variables="..."/>}
 * @param timeout    SIPp's own global timeout ({@code -timeout}, an error when reached); the process
 *                   is killed a few seconds after it if still running
 * @param extraArgs  appended to the command line as they are
 */
public record SippOptions(
    Path scenario,
    String localIp,
    int localPort,
    String remoteHost,
    int remotePort,
    String transport,
    int calls,
    double rate,
    String service,
    Map<String, String> vars,
    Duration timeout,
    List<String> extraArgs) {

  private static final Pattern TRANSPORT = Pattern.compile("[utl][1n]|ui");
  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public SippOptions {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(localIp, "localIp");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(timeout, "timeout");
    if (!TRANSPORT.matcher(transport).matches()) {
      throw new IllegalArgumentException("transport must be u1, t1, l1 (or un/ui/tn/ln): " + transport);
    }
    checkPort("localPort", localPort);
    if (remoteHost != null && (remotePort < 1 || remotePort > 65535)) {
      throw new IllegalArgumentException("remotePort out of range: " + remotePort);
    }
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1: " + calls);
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate must be a positive number: " + rate);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars == null ? Map.of() : vars));
    extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
  }

  /** A caller sending to the gateway on 127.0.0.1:{@code gatewayPort} over UDP: 1 call, 10 cps, 30 s. */
  public static SippOptions uac(Path scenario, int gatewayPort, String service) {
    return new SippOptions(scenario, LOOPBACK, 0, LOOPBACK, gatewayPort, "u1", 1, 10, service,
        Map.of(), DEFAULT_TIMEOUT, List.of());
  }

  /** A callee listening on 127.0.0.1 on a free port over UDP: 1 call, 30 s. */
  public static SippOptions uas(Path scenario) {
    return new SippOptions(scenario, LOOPBACK, 0, null, 0, "u1", 1, 10, null,
        Map.of(), DEFAULT_TIMEOUT, List.of());
  }

  /** True when SIPp waits for calls instead of placing them. */
  public boolean serverMode() {
    return remoteHost == null;
  }

  public SippOptions withCalls(int n) {
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, n, rate,
        service, vars, timeout, extraArgs);
  }

  public SippOptions withRate(double r) {
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, calls, r,
        service, vars, timeout, extraArgs);
  }

  public SippOptions withVar(String k, String v) {
    Map<String, String> next = new LinkedHashMap<>(vars);
    next.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value"));
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, calls, rate,
        service, next, timeout, extraArgs);
  }

  public SippOptions withTransport(String t) {
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, t, calls, rate,
        service, vars, timeout, extraArgs);
  }

  public SippOptions withTimeout(Duration d) {
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, calls, rate,
        service, vars, d, extraArgs);
  }

  public SippOptions withLocalPort(int p) {
    return new SippOptions(scenario, localIp, p, remoteHost, remotePort, transport, calls, rate,
        service, vars, timeout, extraArgs);
  }

  public SippOptions withRemote(String host, int port) {
    return new SippOptions(scenario, localIp, localPort, host, port, transport, calls, rate,
        service, vars, timeout, extraArgs);
  }

  /** Extra: the user part of the Request-URI ({@code -s}). */
  public SippOptions withService(String s) {
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, calls, rate,
        s, vars, timeout, extraArgs);
  }

  /** Extra: append raw SIPp arguments. */
  public SippOptions withExtraArgs(String... args) {
    List<String> next = new java.util.ArrayList<>(extraArgs);
    next.addAll(List.of(args));
    return new SippOptions(scenario, localIp, localPort, remoteHost, remotePort, transport, calls, rate,
        service, vars, timeout, next);
  }

  private static void checkPort(String name, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(name + " out of range: " + port);
    }
  }
}
