package io.planwatch.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.PaceAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectNameStrategyTest {

  @ParameterizedTest
  @CsvSource({
    "TopicNameStrategy, TOPIC_NAME",
    "io.confluent.kafka.serializers.subject.TopicNameStrategy, TOPIC_NAME",
    "io.confluent.kafka.serializers.subject.RecordNameStrategy, RECORD_NAME",
    "RecordNameStrategy, RECORD_NAME",
    "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy, TOPIC_RECORD_NAME",
    "record_name, RECORD_NAME"
  })
  void shouldAcceptConfluentClassNamesAsAliases(String name, SubjectNameStrategy expected) {
    assertThat(SubjectNameStrategy.forName(name)).isEqualTo(expected);
  }

  @Test
  void shouldNameSubjectsAsConfluentDoes() {
    var schema = PaceAlert.getClassSchema();
    assertThat(SubjectNameStrategy.TOPIC_NAME.subject("planwatch.pace.alerts", false, schema))
        .isEqualTo("planwatch.pace.alerts-value");
    assertThat(SubjectNameStrategy.TOPIC_NAME.subject("planwatch.pace.alerts", true, schema))
        .isEqualTo("planwatch.pace.alerts-key");
    assertThat(SubjectNameStrategy.RECORD_NAME.subject("t", false, schema))
        .isEqualTo("io.planwatch.avro.PaceAlert");
    assertThat(SubjectNameStrategy.TOPIC_RECORD_NAME.subject("t", false, schema))
        .isEqualTo("t-io.planwatch.avro.PaceAlert");
  }

  @Test
  void shouldRejectAnUnknownStrategyNamingTheAlternatives() {
    assertThatThrownBy(() -> SubjectNameStrategy.forName("com.example.MyStrategy"))
        .hasMessageContaining("TopicNameStrategy");
  }
}
