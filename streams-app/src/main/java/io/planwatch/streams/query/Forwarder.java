package io.planwatch.streams.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Sends a query to another instance of the app, at its {@code application.server}, with the JDK
 * HTTP client. The request says who forwarded it ({@value #FORWARDED_BY}), so the receiver answers
 * from its own stores and never forwards again. An instance that does not answer is a {@link
 * NotQueryableException}: the caller answers 503, never a partial result.
 */
final class Forwarder {

  /** Request header: the instance that forwarded the request. */
  static final String FORWARDED_BY = "X-Planwatch-Forwarded-By";

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final String self;

  /**
   * @param self how this instance names itself in {@value #FORWARDED_BY}
   */
  Forwarder(final String self) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.self = self;
  }

  /** What the other instance answered. */
  record Reply(int status, String body, Optional<String> retryAfter) {}

  /** GETs {@code pathAndQuery} (starting with {@code /}) from {@code host}, asynchronously. */
  CompletableFuture<Reply> get(final HostInfo host, final String pathAndQuery) {
    final URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
    final HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .header(FORWARDED_BY, self)
            .GET()
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .<Reply>thenApply(
            r -> new Reply(r.statusCode(), r.body(), r.headers().firstValue("Retry-After")))
        .exceptionally(
            e -> {
              throw new NotQueryableException(
                  "instance "
                      + host.host()
                      + ":"
                      + host.port()
                      + " did not answer "
                      + uri
                      + ": "
                      + rootMessage(e),
                  e);
            });
  }

  /** {@link #get} and wait for it. */
  Reply getNow(final HostInfo host, final String pathAndQuery) {
    return join(get(host, pathAndQuery));
  }

  /** The reply, unwrapping a {@link NotQueryableException} from the completion. */
  static <T> T join(final CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (final CompletionException e) {
      if (e.getCause() instanceof NotQueryableException notQueryable) {
        throw notQueryable;
      }
      throw e;
    }
  }

  private static String rootMessage(final Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof IOException && cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
