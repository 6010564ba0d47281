package io.planwatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks a TCP port that is free now, so the listener is known before the broker starts. */
final class FreePort {
  private FreePort() {}

  /** Returns {@code requested} unless it is 0, else a port the OS reports free on {@code host}. */
  static int resolve(String host, int requested) {
    if (requested != 0) {
      return requested;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port on " + host, e);
    }
  }
}
