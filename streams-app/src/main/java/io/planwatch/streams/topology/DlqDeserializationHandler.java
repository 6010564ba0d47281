package io.planwatch.streams.topology;

import io.planwatch.registry.client.SchemaRegistryException;
import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison pills (bytes that are not Confluent-framed Avro, or whose schema the registry does not
 * know or cannot resolve) go to the dead-letter topic with their context and processing resumes. An
 * unreachable registry is not a bad record: the app fails fast (unless {@code
 * planwatch.dlq.continue.on.unhandled.errors} is set), so no good record is dead-lettered because
 * of an outage.
 */
public final class DlqDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DlqDeserializationHandler.class);

  private ErrorHandlerSettings settings;

  @Override
  public void configure(final Map<String, ?> configs) {
    settings = ErrorHandlerSettings.from(configs);
  }

  @Override
  public Response handleError(
      final ErrorHandlerContext context,
      final ConsumerRecord<byte[], byte[]> record,
      final Exception exception) {
    if (settings.mustFail(context, exception, LOG)) {
      return Response.fail();
    }
    return Response.resume(
        settings.deadLetter(
            context,
            record.key(),
            record.value(),
            DlqStage.DESERIALIZATION,
            reason(exception),
            exception,
            LOG));
  }

  /** Schema trouble, or bytes that are not what the topic carries. */
  static DlqReason reason(final Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryException) {
        return DlqReason.SCHEMA_MISMATCH;
      }
    }
    return DlqReason.MALFORMED;
  }
}
