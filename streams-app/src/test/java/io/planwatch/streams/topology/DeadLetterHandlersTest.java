package io.planwatch.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.serde.AvroDeserializationException;
import io.planwatch.streams.config.DlqConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** The tiers: bad records are dead-lettered, an unreachable registry fails the app. */
class DeadLetterHandlersTest {
  private static final ConsumerRecord<byte[], byte[]> RECORD =
      new ConsumerRecord<>("planwatch.stats.observations", 2, 41L, new byte[] {1}, new byte[] {0});
  private static final RegistryUnreachableException OUTAGE =
      new RegistryUnreachableException(
          "no registry at http://registry:8081", new ConnectException());

  private final DomainMetrics metrics = new DomainMetrics(new SimpleMeterRegistry());

  @Test
  void shouldFailFastWhenTheRegistryIsUnreachable() {
    final DlqDeserializationHandler handler = new DlqDeserializationHandler();
    handler.configure(configs(true, false));

    assertThat(handler.handleError(CONTEXT, RECORD, OUTAGE).result())
        .isEqualTo(DeserializationExceptionHandler.Result.FAIL);
  }

  @Test
  void shouldDeadLetterAnOutageOnlyWhenConfiguredToContinue() {
    final DlqDeserializationHandler handler = new DlqDeserializationHandler();
    handler.configure(configs(true, true));

    final DeserializationExceptionHandler.Response response =
        handler.handleError(CONTEXT, RECORD, OUTAGE);

    assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.topic()).isEqualTo("planwatch.dlq"));
  }

  @Test
  void shouldClassifyAnUnknownSchemaAsSchemaMismatch() {
    final DlqDeserializationHandler handler = new DlqDeserializationHandler();
    handler.configure(configs(true, false));
    final Exception unknownSchema =
        new AvroDeserializationException(
            "t",
            null,
            1,
            "unknown schema id 99",
            new io.planwatch.registry.client.SchemaNotFoundException("Schema 99 not found"));

    final DeserializationExceptionHandler.Response response =
        handler.handleError(CONTEXT, RECORD, unknownSchema);

    assertThat(
            DeadLetterTest.header(
                response.deadLetterQueueRecords().get(0).headers(), DeadLetterHeaders.REASON))
        .isEqualTo("SCHEMA_MISMATCH");
  }

  @Test
  void shouldFailOnAnInvalidRecordWhenDeadLettersAreOff() {
    final DlqProcessingHandler handler = new DlqProcessingHandler();
    handler.configure(configs(false, false));

    assertThat(
            handler
                .handleError(
                    CONTEXT,
                    new Record<>("k", "v", 0L),
                    new InvalidRecordException("revision", "must be >= 0, was -1"))
                .result())
        .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
  }

  /** Kafka 4.3 would log and drop dead letters returned for a global store's record. */
  @Test
  void shouldFailRatherThanDropAnErrorOfAGlobalStoreProcessor() {
    final DlqProcessingHandler handler = new DlqProcessingHandler();
    handler.configure(configs(true, false));

    assertThat(
            handler
                .handleError(
                    context(new TaskId(-1, -1)),
                    new Record<>("k", "v", 0L),
                    new IllegalStateException("could not write a dead letter"))
                .result())
        .isEqualTo(ProcessingExceptionHandler.Result.FAIL);
    assertThat(
            handler
                .handleError(
                    CONTEXT,
                    new Record<>("k", "v", 0L),
                    new IllegalStateException("a bug in a step"))
                .result())
        .as("a task's record is dead-lettered")
        .isEqualTo(ProcessingExceptionHandler.Result.RESUME);
  }

  @Test
  void shouldRefuseToStartWithoutADeadLetterTopic() {
    final Map<String, Object> configs = configs(true, false);
    configs.remove(DlqConfig.TOPIC);

    assertThatThrownBy(() -> new DlqProcessingHandler().configure(configs))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(DlqConfig.TOPIC);
  }

  private Map<String, Object> configs(final boolean enabled, final boolean continueOnOutage) {
    final Map<String, Object> configs =
        new HashMap<>(
            PaceStreamsDefaults.of(
                new DlqConfig("planwatch.dlq", enabled, continueOnOutage), metrics));
    configs.put(StreamsConfig.APPLICATION_ID_CONFIG, "planwatch-pace");
    return configs;
  }

  private static final ErrorHandlerContext CONTEXT = context(new TaskId(0, 2));

  private static ErrorHandlerContext context(final TaskId task) {
    return new ErrorHandlerContext() {
      @Override
      public String topic() {
        return RECORD.topic();
      }

      @Override
      public int partition() {
        return RECORD.partition();
      }

      @Override
      public long offset() {
        return RECORD.offset();
      }

      @Override
      public Headers headers() {
        return new RecordHeaders();
      }

      @Override
      public String processorNodeId() {
        return "observations-source";
      }

      @Override
      public TaskId taskId() {
        return task;
      }

      @Override
      public long timestamp() {
        return 0L;
      }

      @Override
      public byte[] sourceRawKey() {
        return RECORD.key();
      }

      @Override
      public byte[] sourceRawValue() {
        return RECORD.value();
      }
    };
  }
}
