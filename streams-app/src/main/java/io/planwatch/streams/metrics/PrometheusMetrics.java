package io.planwatch.streams.metrics;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The app's one meter registry, in Prometheus format: JVM meters (memory, GC, threads, class
 * loading, processor, uptime), the Kafka Streams instance's meters (which include its embedded
 * consumer, producer and admin clients), and the {@link DomainMetrics}. Every meter carries an
 * {@code application} tag with the application id.
 */
public final class PrometheusMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry;
  private final DomainMetrics domain;
  private final List<Runnable> closers = new ArrayList<>();

  public PrometheusMetrics(final String applicationId) {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", applicationId);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    final JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    closers.add(gc::close);
    domain = new DomainMetrics(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public DomainMetrics domain() {
    return domain;
  }

  /** Binds the streams instance's metrics; they are unbound when this is closed. */
  public void bindStreams(final KafkaStreams streams) {
    final KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    closers.add(streamsMetrics::close);
  }

  /** All meters in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    closers.forEach(Runnable::run);
    registry.close();
  }
}
