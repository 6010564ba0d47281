package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForwarderTest {

  private HttpServer peer;

  @AfterEach
  void stopPeer() {
    if (peer != null) {
      peer.stop(0);
    }
  }

  @Test
  void shouldSayWhoForwardedAndRelayThePeersAnswerWithItsRetryAfter() throws Exception {
    final AtomicReference<String> forwardedBy = new AtomicReference<>();
    final AtomicReference<String> query = new AtomicReference<>();
    peer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    peer.createContext(
        "/",
        exchange -> {
          forwardedBy.set(exchange.getRequestHeaders().getFirst(Forwarder.FORWARDED_BY));
          query.set(exchange.getRequestURI().toString());
          final byte[] body =
              "{\"error\":\"service_unavailable\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Retry-After", "3");
          exchange.sendResponseHeaders(503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    peer.start();

    final Forwarder.Reply reply =
        new Forwarder("app-1:8080")
            .getNow(
                new HostInfo("localhost", peer.getAddress().getPort()),
                "/api/v1/progress?year=2022&local=true");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.retryAfter()).contains("3");
    assertThat(reply.body()).contains("service_unavailable");
    assertThat(forwardedBy.get()).isEqualTo("app-1:8080");
    assertThat(query.get()).isEqualTo("/api/v1/progress?year=2022&local=true");
  }

  @Test
  void shouldReportAnInstanceThatDoesNotAnswerAsNotQueryableNamingIt() throws IOException {
    final int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(
            () -> new Forwarder("app-1:8080").getNow(new HostInfo("localhost", closedPort), "/x"))
        .isInstanceOf(NotQueryableException.class)
        .hasMessageStartingWith("instance localhost:" + closedPort + " did not answer");
  }
}
