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
    if (settings.mustFail(context, exception, LOG)) {
      return Response.fail();
    }
    final DlqReason reason =
        exception instanceof InvalidRecordException
            ? DlqReason.INVALID_VALUE
            : DlqReason.PROCESSING_ERROR;
    return Response.resume(
        settings.deadLetter(
            context,
            context.sourceRawKey(),
            context.sourceRawValue(),
            DlqStage.PROCESSING,
            reason,
            exception,
            LOG));
  }
}
