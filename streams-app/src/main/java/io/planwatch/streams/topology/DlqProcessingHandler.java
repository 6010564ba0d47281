package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data errors found while processing (an {@link InvalidRecordException} from a validating step, or
 * any other exception a record causes) send the <em>source</em> record's raw bytes to the
 * dead-letter topic with their context; processing resumes with the next record. Infrastructure
 * failures (registry unreachable) fail the app, unless configured otherwise.
 */
public final class DlqProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DlqProcessingHandler.class);

  private ErrorHandlerSettings settings;

  @Override
  public void configure(final Map<String, ?> configs) {
    settings = ErrorHandlerSettings.from(configs);
  }

  @Override
  public Response handleError(
      final ErrorHandlerContext context, final Record<?, ?> record, final Exception exception) {
    final boolean infrastructure = ErrorHandlerSettings.isInfrastructure(exception);
    if (!settings.enabled() || (infrastructure && !settings.continueOnUnhandledErrors())) {
      LOG.error(
          "Processing failed at {} on {}-{}@{}; failing (infrastructure: {})",
          context.processorNodeId(),
          context.topic(),
          context.partition(),
          context.offset(),
          infrastructure,
          exception);
      return Response.fail();
    }
    final DlqReason reason =
        exception instanceof InvalidRecordException
            ? DlqReason.INVALID_VALUE
            : DlqReason.PROCESSING_ERROR;
    LOG.warn(
        "Dead-lettering {}-{}@{} at {} ({}): {}",
        context.topic(),
        context.partition(),
        context.offset(),
        context.processorNodeId(),
        reason,
        exception.getMessage());
    settings.count(DlqStage.PROCESSING, reason);
    return Response.resume(
        DeadLetterHeaders.record(
            settings.dlqTopic(),
            settings.applicationId(),
            context,
            context.sourceRawKey(),
            context.sourceRawValue(),
            DlqStage.PROCESSING,
            reason,
            exception));
  }
}
