package io.cloudua.testkit;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether some process already listens on a local port.
 *
 * <p>Why: a server-mode SIPp is useless to a test until it has bound its port; dialling it
 * earlier loses the INVITE (UDP) or is refused (TCP). On Linux the kernel's socket tables in
 * {@code /proc/net} answer without touching the port. Elsewhere the probe tries to bind the
 * port itself and releases it at once, which could in theory race with SIPp's own bind.
 */
final class PortProbe {
  private static final String TCP_LISTEN = "0A";

  private PortProbe() {}

  static boolean listening(String ip, int port, boolean tcp) {
    Boolean fromProc = fromProc(port, tcp);
    return fromProc != null ? fromProc : byBinding(ip, port, tcp);
  }

  private static Boolean fromProc(int port, boolean tcp) {
    String kind = tcp ? "tcp" : "udp";
    List<Path> tables = List.of(Path.of("/proc/net/" + kind), Path.of("/proc/net/" + kind + "6"));
    if (!Files.isReadable(tables.get(0))) {
      return null;
    }
    String hexPort = String.format(Locale.ROOT, ":%04X", port);
    for (Path table : tables) {
      try {
        for (String line : Files.readAllLines(table)) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && f[1].endsWith(hexPort) && (!tcp || TCP_LISTEN.equals(f[3]))) {
            return true;
          }
        }
      } catch (IOException e) {
        // table absent (no IPv6): ignore
      }
    }
    return false;
  }

  private static boolean byBinding(String ip, int port, boolean tcp) {
    try {
      InetSocketAddress at = new InetSocketAddress(InetAddress.getByName(ip), port);
      if (tcp) {
        try (ServerSocket s = new ServerSocket()) {
          s.setReuseAddress(false);
          s.bind(at);
        }
      } else {
        try (DatagramSocket s = new DatagramSocket(at)) {
          s.getLocalPort();
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
