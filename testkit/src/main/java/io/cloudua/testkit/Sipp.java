package io.cloudua.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates sipp and runs scenarios as child processes.
 *
 * <p>Why SIPp: the gateway must interoperate with real SIP peers, so its integration tests
 * place and receive calls with an independent implementation rather than with our own stack.
 * The scenarios in {@code sipp/*.xml} are each proven against a SIPp peer by this module's
 * tests, over UDP and TCP, so a failure in a gateway test points at the gateway.
 *
 * <p>The binary is {@code sipp} on the PATH, or the path in system property {@code sipp.path}.
 */
public final class Sipp {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(5);
  private static final int EXIT_CANNOT_BIND = 254;
  private static final Map<String, Path> SCENARIOS = new ConcurrentHashMap<>();
  private static volatile Boolean available;

  private Sipp() {}

  /** True when sipp is on the PATH and runs. */
  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      a = binary().map(Sipp::runsVersion).orElse(false);
      available = a;
    }
    return a;
  }

  /**
   * For tests: returns if sipp is available; otherwise aborts the test (skipped), except when
   * the environment variable {@code CI} is set, where a missing sipp is a failure.
   */
  public static void assumeAvailable() {
    assumeAvailable(available(), System.getenv("CI"));
  }

  static void assumeAvailable(boolean available, String ci) {
    if (available) {
      return;
    }
    if (ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
      throw new AssertionError("sipp is not on the PATH but CI is set: install sip-tester");
    }
    Assumptions.assumeTrue(false, "sipp is not on the PATH; SIPp tests skipped");
  }

  /** Copies classpath resource {@code sipp/<name>.xml} to a temp file and returns it. */
  public static Path scenario(String name) {
    String file = name.endsWith(".xml") ? name : name + ".xml";
    return SCENARIOS.computeIfAbsent(file, f -> write(f, resource("sipp/" + f)));
  }

  /**
   * A caller that sends INVITE with SDP, accepts optional 100/180/183, expects final
   * {@code status} (300-699) and ACKs it once within the INVITE transaction.
   */
  public static Path uacExpectingFinal(int status) {
    return fromTemplate("uac-expecting-final", status);
  }

  /** A callee that receives INVITE, sends 100 then {@code status} (300-699), receives ACK. */
  public static Path uasRejecting(int status) {
    return fromTemplate("uas-rejecting", status);
  }

  /**
   * Starts sipp. A server-mode run (no remote host) is returned once SIPp listens on its port,
   * so it can be dialled at once; if an automatically chosen port was taken in the meantime,
   * another one is tried.
   */
  public static SippRun start(SippOptions options) {
    String bin = binary().orElseThrow(() -> new IllegalStateException("sipp not found on the PATH"));
    boolean tcp = !options.transport().startsWith("u");
    int attempts = options.localPort() == 0 ? 3 : 1;
    for (int attempt = 1; ; attempt++) {
      int port = options.localPort() != 0 ? options.localPort()
          : tcp ? Ports.freeUdpAndTcpPort() : Ports.freeUdpPort();
      SippRun run = launch(bin, options, port);
      if (!options.serverMode() || waitListening(run, options.localIp(), port, tcp) || run.isAlive()) {
        return run;
      }
      SippResult failed = run.await(Duration.ofSeconds(2));
      if (failed.exitCode() != EXIT_CANNOT_BIND || attempt >= attempts) {
        return run;
      }
    }
  }

  private static SippRun launch(String bin, SippOptions options, int port) {
    Path dir = SippReaper.newDirectory("run-");
    List<String> cmd = SippCommand.build(bin, options, port, dir);
    try {
      Files.writeString(dir.resolve("command.txt"), String.join(" ", cmd) + "\n");
      Process p = new ProcessBuilder(cmd)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve(SippCommand.STDOUT).toFile())
          .start();
      p.getOutputStream().close();
      return new SippRun(p, dir, port, options.timeout());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", cmd), e);
    }
  }

  private static boolean waitListening(SippRun run, String ip, int port, boolean tcp) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (run.isAlive() && System.nanoTime() < deadline) {
      if (PortProbe.listening(ip, port, tcp)) {
        return true;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static Path fromTemplate(String template, int status) {
    if (status < 300 || status > 699) {
      throw new IllegalArgumentException("final non-2xx status expected (300-699): " + status);
    }
    String file = template + "-" + status + ".xml";
    return SCENARIOS.computeIfAbsent(file, f -> write(f, resource("sipp-templates/" + template + ".xml")
        .replace("@STATUS@", Integer.toString(status))
        .replace("@REASON@", SipReasons.phrase(status))));
  }

  private static String resource(String path) {
    try (InputStream in = Sipp.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no SIPp scenario on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Path write(String file, String content) {
    try {
      Path dir = SippReaper.root().resolve("scenarios");
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(file), content, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write scenario " + file, e);
    }
  }

  static Optional<String> binary() {
    String configured = System.getProperty("sipp.path");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured).filter(p -> new File(p).canExecute());
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String entry : path.split(File.pathSeparator)) {
      File candidate = new File(entry.isEmpty() ? "." : entry, "sipp");
      if (candidate.isFile() && candidate.canExecute()) {
        return Optional.of(candidate.getAbsolutePath());
      }
    }
    return Optional.empty();
  }

  private static boolean runsVersion(String bin) {
    try {
      Process p = new ProcessBuilder(bin, "-v").redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return out.contains("SIPp");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
