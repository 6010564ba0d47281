package io.planwatch.streams.topology;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where the topology's own dead letters go: those no Kafka Streams handler can send, namely the
 * poison pills of the global reference stores (Kafka 4.3 cannot dead-letter from the global
 * thread). The runtime gives a Kafka producer under the streams property {@link
 * PaceStreamsDefaults#DEAD_LETTER_SINK}; tests may collect them.
 */
@FunctionalInterface
public interface DeadLetterSink {

  /**
   * Writes the dead letter before returning.
   *
   * @throws RuntimeException when it could not be written, so that nothing is dropped silently
   */
  void send(ProducerRecord<byte[], byte[]> record);
}
