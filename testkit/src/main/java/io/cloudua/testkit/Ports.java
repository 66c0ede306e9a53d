package io.cloudua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Free local ports for test peers (SIPp, webhook receivers, the gateway under test).
 *
 * <p>Why: every fixture binds a real socket, and tests run in parallel on shared CI machines,
 * so fixed port numbers collide. A port is found by letting the kernel pick one (bind to port 0)
 * and closing the socket again. That leaves a small window in which another process may take
 * the port; callers that start a child process on it should be ready to retry (as
 * {@link Sipp#start} does when SIPp cannot bind).
 *
 * <p>Sockets bind the wildcard address, so a port reported free is free on every interface,
 * 127.0.0.1 included.
 */
public final class Ports {
  private static final int ATTEMPTS = 200;

  private Ports() {}

  /** A UDP port that was free a moment ago. */
  public static int freeUdpPort() {
    try (DatagramSocket socket = new DatagramSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free UDP port", e);
    }
  }

  /** A TCP port that was free a moment ago. */
  public static int freeTcpPort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free TCP port", e);
    }
  }

  /**
   * A port number free for both UDP and TCP, as a SIP endpoint listening on both transports
   * (or SIPp in TCP mode, which uses the same number) needs.
   */
  public static int freeUdpAndTcpPort() {
    for (int i = 0; i < ATTEMPTS; i++) {
      try (DatagramSocket udp = new DatagramSocket(0)) {
        int port = udp.getLocalPort();
        if (tcpFree(port)) {
          return port;
        }
      } catch (IOException e) {
        // try another
      }
    }
    throw new IllegalStateException("no port free on both UDP and TCP after " + ATTEMPTS + " tries");
  }

  private static boolean tcpFree(int port) {
    try (ServerSocket tcp = new ServerSocket()) {
      tcp.setReuseAddress(false);
      tcp.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
