package io.planwatch.streams.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-sent-event side of the live alert feed: keeps the newest {@code capacity} events and
 * the connected browsers. A browser that connects first receives the kept events, oldest first,
 * then every new one as it arrives (event name {@value #EVENT}, data the {@link AlertEvent} as
 * JSON, id its topic position). Replay and broadcast hold the same lock, so a browser never misses
 * or doubles an event that arrives while it connects.
 */
final class AlertStream implements Consumer<AlertEvent>, AutoCloseable {

  /** The SSE event name of one alert transition. */
  static final String EVENT = "alert";

  private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);

  private final int capacity;
  private final ObjectMapper json = new ObjectMapper();
  private final Deque<String[]> recent = new ArrayDeque<>();
  private final List<SseClient> clients = new ArrayList<>();

  AlertStream(final int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Replays the kept events to a new browser and keeps it open for the next ones. */
  void connect(final SseClient client) {
    client.keepAlive();
    client.onClose(() -> disconnect(client));
    synchronized (this) {
      recent.forEach(e -> client.sendEvent(EVENT, e[1], e[0]));
      clients.add(client);
    }
    LOG.debug("Alert feed client connected from {}", client.ctx().ip());
  }

  /** Keeps the event and sends it to every connected browser. */
  @Override
  public synchronized void accept(final AlertEvent event) {
    final String[] entry = {event.id(), toJson(event)};
    recent.addLast(entry);
    while (recent.size() > capacity) {
      recent.removeFirst();
    }
    forEachClient(c -> c.sendEvent(EVENT, entry[1], entry[0]));
  }

  /** A comment line to every browser, so proxies keep the connection and dead ones are noticed. */
  synchronized void heartbeat() {
    forEachClient(c -> c.sendComment("keep-alive"));
  }

  /**
   * Over a copy: a send that finds the browser gone closes the client, whose close callback removes
   * it from the list. One failing browser never stops the others or the feed.
   */
  private void forEachClient(final Consumer<SseClient> send) {
    clients.removeIf(SseClient::terminated);
    for (final SseClient client : List.copyOf(clients)) {
      try {
        send.accept(client);
      } catch (final RuntimeException e) {
        LOG.debug("Alert feed drops a client: {}", e.toString());
        disconnect(client);
      }
    }
  }

  private synchronized void disconnect(final SseClient client) {
    clients.remove(client);
  }

  @Override
  public synchronized void close() {
    final List<SseClient> open = List.copyOf(clients);
    clients.clear();
    open.forEach(SseClient::close);
  }

  private String toJson(final AlertEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (final JsonProcessingException e) {
      throw new UncheckedIOException("cannot write alert " + event.id() + " as JSON", e);
    }
  }
}
