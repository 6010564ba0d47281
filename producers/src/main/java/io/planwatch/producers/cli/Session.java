package io.planwatch.producers.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.planwatch.producers.publish.Connectivity;
import io.planwatch.producers.publish.PublishMetrics;
import io.planwatch.producers.publish.Publisher;
import io.planwatch.producers.publish.PublisherConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * One command's connection: connectivity checked up front, a {@link Publisher}, and the meters,
 * printed ({@code --metrics}) or written in the Prometheus format ({@code --prometheus-file}) on
 * close.
 */
final class Session implements AutoCloseable {
  private final ConnectionOptions options;
  private final PublisherConfig config;
  private final PrometheusMeterRegistry registry;
  private final PublishMetrics metrics;
  private final PrintWriter out;
  private Publisher publisher;
  private Thread shutdownHook;

  private Session(ConnectionOptions options, PublisherConfig config, PrintWriter out) {
    this.options = options;
    this.config = config;
    this.out = out;
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.metrics = new PublishMetrics(registry);
  }

  /** The meters only: for commands that stop before connecting (invalid input). */
  static Session offline(ConnectionOptions options, PublisherConfig config, PrintWriter out) {
    return new Session(options, config, out);
  }

  PublishMetrics metrics() {
    return metrics;
  }

  /** The publisher, opened on first use after checking that the broker and the registry answer. */
  Publisher publisher() {
    if (publisher == null) {
      Connectivity.check(config);
      publisher = Publisher.open(config, metrics);
      // Ctrl-C or SIGTERM while publishing: close the producer, which aborts the open transaction.
      Publisher opened = publisher;
      shutdownHook = new Thread(opened::close, "planwatch-producers-shutdown");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    return publisher;
  }

  @Override
  public void close() throws IOException {
    if (publisher != null) {
      removeShutdownHook();
      publisher.close();
    }
    if (options.printMetrics) {
      MetricsReport.print(registry, out);
    }
    if (options.prometheusFile != null) {
      Files.writeString(options.prometheusFile, registry.scrape(), StandardCharsets.UTF_8);
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: it closes the publisher.
    }
  }
}
