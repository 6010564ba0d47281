package io.planwatch.streams.config;

/**
 * Dead-letter settings, read by the topology's exception handlers (deserialization, processing,
 * production), which set them into the streams properties through {@code StreamsApp}'s
 * streams-defaults hook.
 *
 * @param topic the full dead-letter topic name (prefix + {@code dlq})
 * @param enabled poison pills and data errors go to {@code topic} and processing continues; when
 *     false they fail the app
 * @param continueOnUnhandledErrors also dead-letter deserialization failures that are not a bad
 *     record (e.g. registry unreachable) instead of failing fast
 */
public record DlqConfig(String topic, boolean enabled, boolean continueOnUnhandledErrors) {}
