package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** Free ports really are bindable, and the shared one on both transports. */
class PortsTest {

  @Test
  void udpPortIsBindable() throws Exception {
    int port = Ports.freeUdpPort();
    try (DatagramSocket s = new DatagramSocket(port)) {
      assertTrue(s.getLocalPort() == port);
    }
  }

  @Test
  void tcpPortIsBindable() throws Exception {
    int port = Ports.freeTcpPort();
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(port));
    }
  }

  @Test
  void sharedPortIsBindableOnBothTransportsAtOnce() throws Exception {
    int port = Ports.freeUdpAndTcpPort();
    try (DatagramSocket udp = new DatagramSocket(port); ServerSocket tcp = new ServerSocket()) {
      tcp.bind(new InetSocketAddress(port));
      assertTrue(port > 0 && port < 65536);
    }
  }

  @Test
  void probeSeesABoundPort() throws Exception {
    try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        ServerSocket tcp = new ServerSocket()) {
      tcp.bind(new InetSocketAddress("127.0.0.1", 0));
      assertTrue(PortProbe.listening("127.0.0.1", udp.getLocalPort(), false));
      assertTrue(PortProbe.listening("127.0.0.1", tcp.getLocalPort(), true));
    }
    int free = Ports.freeUdpAndTcpPort();
    assertTrue(!PortProbe.listening("127.0.0.1", free, false) && !PortProbe.listening("127.0.0.1", free, true));
  }
}
