package io.planwatch.streams.bench;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.ConfigKey;
import io.planwatch.streams.topology.DemoRecords;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The benchmark's baseline (issue 12): the least a Kafka Streams app must do per observation, to
 * set the app's rate against on the same machine in the same run. It decodes the Avro observation,
 * does one get and one put on one logged RocksDB store keyed by series, and writes one Avro record
 * per input. Run in a JVM of its own by {@link PaceBenchmark}, configured like the app from the
 * same {@code PLANWATCH_*} environment ({@link AppConfigLoader}: exactly-once v2, stream threads,
 * commit interval, RocksDB bounds), with its own application id and state folder.
 *
 * <p>Prints {@code baseline: <state>} on each state change, which the benchmark follows.
 */
public final class BaselineApp {
  /** The baseline's output topic (the benchmark creates it). */
  static final String OUTPUT = "bench.baseline.out";

  private static final String STORE = "baseline-series";

  private BaselineApp() {}

  /** The baseline topology: one processor, one logged store, one Avro record out per record in. */
  static Topology topology(final Topics topics, final ValueSerdeFactory serdes) {
    final StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.Long()));
    builder.stream(
            topics.observations().name(),
            Consumed.with(Serdes.String(), serdes.valueSerde(StatisticalObservation.class)))
        .process(SeriesCount::new, Named.as("count-series"), STORE)
        .to(OUTPUT, Produced.with(Serdes.String(), serdes.valueSerde(IndicatorProgress.class)));
    return builder.build();
  }

  public static void main(final String[] args) throws InterruptedException {
    final Map<String, String> environment = new TreeMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().startsWith(ConfigKey.ENV_PREFIX))
        .forEach(e -> environment.put(e.getKey(), e.getValue()));
    final AppConfig config = AppConfigLoader.load(Optional.empty(), environment, Map.of());
    final Map<String, Object> serdeConfig = config.registry().serdeConfig();
    final KafkaStreams streams =
        new KafkaStreams(
            topology(
                config.topics(),
                AvroValueSerdes.over(SchemaRegistryClients.create(serdeConfig), serdeConfig)),
            config.toStreamsProperties());
    final CountDownLatch stopped = new CountDownLatch(1);
    streams.setStateListener(
        (now, before) -> {
          System.out.println("baseline: " + now);
          System.out.flush();
        });
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  streams.close();
                  stopped.countDown();
                }));
    streams.start();
    stopped.await();
  }

  /** One get and one put per record on the series' counter; one output per input. */
  private static final class SeriesCount
      implements Processor<String, StatisticalObservation, String, IndicatorProgress> {
    private ProcessorContext<String, IndicatorProgress> context;
    private KeyValueStore<String, Long> counts;

    @Override
    public void init(final ProcessorContext<String, IndicatorProgress> processorContext) {
      context = processorContext;
      counts = context.getStateStore(STORE);
    }

    @Override
    public void process(final Record<String, StatisticalObservation> record) {
      final StatisticalObservation o = record.value();
      final String series = DemoRecords.series(o);
      final Long before = counts.get(series);
      final long count = before == null ? 1 : before + 1;
      counts.put(series, count);
      final IndicatorProgress out =
          IndicatorProgress.newBuilder()
              .setTargetId(series)
              .setIndicatorCode(o.getIndicatorCode())
              .setRegionCode(o.getRegionCode())
              .setYear(o.getPeriod().getYear())
              .setLatestPeriod(o.getPeriod())
              .setUnit(o.getUnit())
              .setActual(o.getValue())
              .setExpected(null)
              .setAnnualMilestone(null)
              .setDeviationKind(null)
              .setDeviation(null)
              .setStatus(PaceStatus.NOT_EVALUABLE)
              .setSeasonalBasis(null)
              .setYearEndProjection(null)
              .setProjectedGap(null)
              .setPaceNeededRestOfYear(null)
              .setNotEvaluableReason("baseline: figure " + count + " of the series")
              .setReleaseId(o.getReleaseId())
              .setRevision(o.getRevision())
              .setObservationPublishedAt(o.getPublishedAt())
              .setEvaluatedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
              .build();
      context.forward(record.withKey(series).withValue(out));
    }
  }
}
