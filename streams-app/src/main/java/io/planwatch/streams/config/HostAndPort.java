package io.planwatch.streams.config;

import java.util.Optional;

/** A {@code host:port} pair, e.g. an {@code application.server} or one bootstrap server. */
public record HostAndPort(String host, int port) {

  /** Parses {@code host:port}; IPv6 hosts go in brackets ({@code [::1]:9092}). */
  public static Optional<HostAndPort> parse(final String text) {
    final String trimmed = text.trim();
    final int colon = trimmed.lastIndexOf(':');
    if (colon <= 0 || colon == trimmed.length() - 1) {
      return Optional.empty();
    }
    final String host = trimmed.substring(0, colon);
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    try {
      final int port = Integer.parseInt(trimmed.substring(colon + 1));
      return port < 1 || port > 65_535
          ? Optional.empty()
          : Optional.of(new HostAndPort(host, port));
    } catch (final NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
