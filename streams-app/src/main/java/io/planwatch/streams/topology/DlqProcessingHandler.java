package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data errors found while processing (an {@link InvalidRecordException} from a validating step, or
 * any other exception a record causes) send the <em>source</em> record's raw bytes to the
 * dead-letter topic with their context; processing resumes with the next record. Infrastructure
 * failures (registry unreachable) fail the app, unless configured otherwise. So does any error in a
 * global store's processor: Kafka 4.3 cannot send dead letters from the global thread and would
 * only log and drop the record ({@link ReferenceLoader} dead-letters its poison pills itself).
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
    if (isGlobal(context)) {
      LOG.error(
          "Failing on {}-{}@{} at {}: a global store's record cannot be dead-lettered here",
          context.topic(),
          context.partition(),
          context.offset(),
          context.processorNodeId(),
          exception);
      return Response.fail();
    }
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

  /** The global thread's processors run under the task id -1_-1. */
  private static boolean isGlobal(final ErrorHandlerContext context) {
    final TaskId task = context.taskId();
    return task != null && task.subtopology() < 0;
  }
}
