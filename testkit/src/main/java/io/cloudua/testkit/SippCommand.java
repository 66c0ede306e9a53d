package io.cloudua.testkit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link SippOptions} into a SIPp command line, and names the trace files of one run.
 *
 * <p>Why separate: the command line is the contract with SIPp and is easy to get subtly wrong
 * (a forgotten {@code -timeout_error} lets a stuck call run forever, see {@link SippRun}); as a
 * pure function it is tested without starting a process. No {@code -bg}: the process must stay
 * our child so it can be awaited and killed.
 */
final class SippCommand {
  static final String ERRORS = "errors.log";
  static final String MESSAGES = "messages.log";
  static final String STATS = "stats.csv";
  static final String SCREEN = "screen.log";
  static final String STDOUT = "stdout.log";

  private SippCommand() {}

  static List<String> build(String sipp, SippOptions o, int localPort, Path dir) {
    List<String> cmd = new ArrayList<>();
    cmd.add(sipp);
    if (!o.serverMode()) {
      cmd.add(hostPort(o.remoteHost(), o.remotePort()));
    }
    add(cmd, "-sf", o.scenario().toAbsolutePath().toString());
    add(cmd, "-i", o.localIp());
    add(cmd, "-p", Integer.toString(localPort));
    add(cmd, "-t", o.transport());
    add(cmd, "-m", Integer.toString(o.calls()));
    add(cmd, "-r", BigDecimal.valueOf(o.rate()).stripTrailingZeros().toPlainString());
    if (o.service() != null) {
      add(cmd, "-s", o.service());
    }
    for (Map.Entry<String, String> v : o.vars().entrySet()) {
      cmd.add("-set");
      cmd.add(v.getKey());
      cmd.add(v.getValue());
    }
    add(cmd, "-timeout", timeoutSeconds(o) + "s");
    cmd.add("-timeout_error");
    cmd.add("-nostdin");
    cmd.add("-trace_err");
    add(cmd, "-error_file", dir.resolve(ERRORS).toString());
    cmd.add("-trace_msg");
    add(cmd, "-message_file", dir.resolve(MESSAGES).toString());
    cmd.add("-trace_stat");
    add(cmd, "-stf", dir.resolve(STATS).toString());
    cmd.add("-trace_screen");
    add(cmd, "-screen_file", dir.resolve(SCREEN).toString());
    cmd.addAll(o.extraArgs());
    return cmd;
  }

  /** SIPp's -timeout in whole seconds, rounded up. */
  static long timeoutSeconds(SippOptions o) {
    long millis = o.timeout().toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  private static String hostPort(String host, int port) {
    boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
    return (ipv6 ? "[" + host + "]" : host) + ":" + port;
  }

  private static void add(List<String> cmd, String flag, String value) {
    cmd.add(flag);
    cmd.add(value);
  }
}
