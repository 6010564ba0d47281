package io.planwatch.streams.topology;

import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The compact wire form of a {@link ScorecardEntry} in the {@code progress-by-parent} repartition
 * topic and the {@code scorecard-inputs} store: a version byte ({@value #VERSION}), then the
 * status, deviation kind and indicator code as length-prefixed UTF-8 names (enum names, not
 * ordinals, so a new Avro symbol cannot shift them), the latest period (year, month; 0 when absent)
 * and the deviation (a presence byte, then the double).
 *
 * <p>Records written before this form existed are registry-framed Avro {@link IndicatorProgress}
 * (first byte 0, the Confluent magic byte); they are still read, through {@code legacy}, so an
 * upgrade neither loses the stored inputs nor fails on records still in the repartition topic.
 */
final class ScorecardEntrySerde {
  static final byte VERSION = 1;
  private static final byte AVRO_MAGIC = 0;

  private ScorecardEntrySerde() {}

  static Serde<ScorecardEntry> of(final Deserializer<IndicatorProgress> legacy) {
    return Serdes.serdeFrom(new EntrySerializer(), new EntryDeserializer(legacy));
  }

  private static final class EntrySerializer implements Serializer<ScorecardEntry> {
    @Override
    public byte[] serialize(final String topic, final ScorecardEntry entry) {
      if (entry == null) {
        return null;
      }
      final byte[] status = utf8(entry.status().name());
      final byte[] kind =
          entry.deviationKind() == null ? new byte[0] : utf8(entry.deviationKind().name());
      final byte[] indicator = utf8(entry.indicatorCode());
      final ByteBuffer out =
          ByteBuffer.allocate(1 + 3 * 4 + status.length + kind.length + indicator.length + 8 + 9);
      out.put(VERSION);
      putText(out, status);
      putText(out, kind);
      putText(out, indicator);
      final Period p = entry.latestPeriod();
      out.putInt(p == null ? 0 : p.getYear());
      out.putInt(p == null ? 0 : p.getMonth());
      out.put((byte) (entry.deviation() == null ? 0 : 1));
      out.putDouble(entry.deviation() == null ? 0 : entry.deviation());
      return out.array();
    }

    private static byte[] utf8(final String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void putText(final ByteBuffer out, final byte[] text) {
      out.putInt(text.length);
      out.put(text);
    }
  }

  private static final class EntryDeserializer implements Deserializer<ScorecardEntry> {
    private final Deserializer<IndicatorProgress> legacy;

    EntryDeserializer(final Deserializer<IndicatorProgress> legacy) {
      this.legacy = legacy;
    }

    @Override
    public ScorecardEntry deserialize(final String topic, final byte[] data) {
      if (data == null) {
        return null;
      }
      if (data.length > 0 && data[0] == AVRO_MAGIC) {
        final IndicatorProgress progress = legacy.deserialize(topic, data);
        return progress == null ? null : ScorecardEntry.of(progress);
      }
      if (data.length == 0 || data[0] != VERSION) {
        throw new SerializationException(
            "scorecard entry in "
                + topic
                + ": unknown format version at offset 0: "
                + (data.length == 0 ? "empty value" : Byte.toString(data[0])));
      }
      try {
        final ByteBuffer in = ByteBuffer.wrap(data, 1, data.length - 1);
        final PaceStatus status = PaceStatus.valueOf(text(in));
        final String kind = text(in);
        final String indicator = text(in);
        final int year = in.getInt();
        final int month = in.getInt();
        final boolean hasDeviation = in.get() != 0;
        final double deviation = in.getDouble();
        return new ScorecardEntry(
            indicator,
            status,
            year == 0 ? null : new Period(year, month),
            kind.isEmpty() ? null : DeviationKind.valueOf(kind),
            hasDeviation ? deviation : null);
      } catch (final BufferUnderflowException | IllegalArgumentException e) {
        throw new SerializationException(
            "scorecard entry in " + topic + ": malformed " + data.length + "-byte value", e);
      }
    }

    private static String text(final ByteBuffer in) {
      final int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        throw new IllegalArgumentException("text length " + length + " at " + in.position());
      }
      final String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
      in.position(in.position() + length);
      return text;
    }
  }
}
