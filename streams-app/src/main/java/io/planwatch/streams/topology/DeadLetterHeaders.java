package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DlqReason;
import io.planwatch.streams.metrics.DlqStage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds dead-letter records as docs/architecture.md fixes them: key the original key bytes, value
 * the original value bytes (so the record can be replayed as it was), and the full context in
 * headers, all UTF-8 strings under {@code planwatch.dlq.*}.
 */
public final class DeadLetterHeaders {
  public static final String PREFIX = "planwatch.dlq.";
  public static final String SOURCE_TOPIC = PREFIX + "source.topic";
  public static final String SOURCE_PARTITION = PREFIX + "source.partition";
  public static final String SOURCE_OFFSET = PREFIX + "source.offset";
  public static final String RECORD_TIMESTAMP = PREFIX + "record.timestamp";
  public static final String APPLICATION_ID = PREFIX + "application.id";
  public static final String PROCESSOR = PREFIX + "processor";
  public static final String TASK = PREFIX + "task";
  public static final String STAGE = PREFIX + "stage";
  public static final String REASON = PREFIX + "reason";
  public static final String EXCEPTION_CLASS = PREFIX + "exception.class";
  public static final String EXCEPTION_MESSAGE = PREFIX + "exception.message";
  public static final String STACKTRACE = PREFIX + "exception.stacktrace";

  /** Stack traces are cut so one dead letter stays far below the broker's message size limit. */
  private static final int MAX_STACKTRACE_CHARS = 8_000;

  private DeadLetterHeaders() {}

  /** The dead-letter record of a failed input record, or of the input behind a failed step. */
  static List<ProducerRecord<byte[], byte[]>> record(
      final String dlqTopic,
      final String applicationId,
      final ErrorHandlerContext context,
      final byte[] key,
      final byte[] value,
      final DlqStage stage,
      final DlqReason reason,
      final Exception exception) {
    final Headers headers = new RecordHeaders();
    put(headers, SOURCE_TOPIC, context.topic());
    put(headers, SOURCE_PARTITION, Integer.toString(context.partition()));
    put(headers, SOURCE_OFFSET, Long.toString(context.offset()));
    put(headers, RECORD_TIMESTAMP, Long.toString(context.timestamp()));
    put(headers, APPLICATION_ID, applicationId);
    put(headers, PROCESSOR, context.processorNodeId());
    put(headers, TASK, context.taskId() == null ? null : context.taskId().toString());
    put(headers, STAGE, stage.name());
    put(headers, REASON, reason.name());
    put(headers, EXCEPTION_CLASS, exception.getClass().getName());
    put(headers, EXCEPTION_MESSAGE, exception.getMessage());
    put(headers, STACKTRACE, stackTrace(exception));
    return List.of(new ProducerRecord<>(dlqTopic, null, null, key, value, headers));
  }

  private static void put(final Headers headers, final String name, final String value) {
    if (value != null) {
      headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String stackTrace(final Exception exception) {
    final StringWriter out = new StringWriter();
    exception.printStackTrace(new PrintWriter(out));
    final String trace = out.toString();
    return trace.length() <= MAX_STACKTRACE_CHARS
        ? trace
        : trace.substring(0, MAX_STACKTRACE_CHARS);
  }
}
