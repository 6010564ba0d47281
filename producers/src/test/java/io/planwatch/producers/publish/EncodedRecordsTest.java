package io.planwatch.producers.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodedRecordsTest {
  private final EncodedRecords records = EncodedRecords.none();

  @Test
  void shouldGiveBackEveryRecordInOrderAcrossChunks() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String key = "gdp|2101" + i + "|2022-06|YTD_LEVEL";
      keys.add(key);
      records.add(i % 3 == 0 ? "a.stats" : "b.targets", key, value(i, 60 + i % 200));
    }
    records.add("b.targets", "target-gone", null);
    records.add("a.stats", "浑南区|大", value(7, 3_000_000));

    EncodedRecords.Cursor cursor = records.cursor();
    for (int i = 0; i < 20_000; i++) {
      assertThat(cursor.next()).isTrue();
      assertThat(cursor.topic()).isEqualTo(i % 3 == 0 ? "a.stats" : "b.targets");
      assertThat(cursor.key()).isEqualTo(keys.get(i));
      assertThat(cursor.value()).isEqualTo(value(i, 60 + i % 200));
    }
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.key()).isEqualTo("target-gone");
    assertThat(cursor.value()).isNull();
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.key()).isEqualTo("浑南区|大");
    assertThat(cursor.value()).isEqualTo(value(7, 3_000_000));
    assertThat(cursor.next()).isFalse();
    assertThat(records.size()).isEqualTo(20_002);
  }

  @Test
  void shouldCountRecordsThatCannotBeSerializedAndKeepTheFirstError() {
    EncodedRecords failing =
        new EncodedRecords(
            record -> {
              throw new IllegalArgumentException("no schema for " + record.key());
            });
    io.planwatch.topics.Topics topics = io.planwatch.topics.Topics.defaults();

    failing.add(Outgoing.tombstone(topics.planTargets(), "t1"));
    failing.add(Outgoing.tombstone(topics.planTargets(), "t2"));

    assertThat(failing.size()).isZero();
    assertThat(failing.failed()).isEqualTo(2);
    assertThat(failing.firstError()).contains("planwatch.plan.targets t1: no schema for t1");
  }

  @Test
  void shouldForgetEverythingWhenCleared() {
    records.add("a", "k", "v".getBytes(StandardCharsets.UTF_8));

    records.clear();
    records.add("b", "k2", "w".getBytes(StandardCharsets.UTF_8));

    EncodedRecords.Cursor cursor = records.cursor();
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.topic()).isEqualTo("b");
    assertThat(cursor.next()).isFalse();
    assertThat(records.size()).isEqualTo(1);
  }

  private static byte[] value(int seed, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (seed * 31 + i);
    }
    return bytes;
  }
}
