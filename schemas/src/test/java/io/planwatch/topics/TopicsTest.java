package io.planwatch.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.avro.StatisticalObservation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {
  private final Topics topics = Topics.defaults();

  @Test
  void shouldNameEveryTopicOfTheDesignTableWithDefaultPrefix() {
    assertThat(topics.all())
        .extracting(TopicSpec::name)
        .containsExactly(
            "planwatch.reference.regions",
            "planwatch.reference.indicators",
            "planwatch.plan.targets",
            "planwatch.stats.observations",
            "planwatch.projects.updates",
            "planwatch.pace.progress",
            "planwatch.pace.alerts",
            "planwatch.pace.scorecards",
            "planwatch.projects.progress",
            "planwatch.dlq");
  }

  @Test
  void shouldSplitTheCatalogueIntoWhatProducersPublishAndWhatTheStreamsAppOwns() {
    // The design table lists the inputs first, then what the streams app writes.
    assertThat(topics.inputs()).containsExactlyElementsOf(topics.all().subList(0, 5));
    assertThat(topics.streamsOutputs()).containsExactlyElementsOf(topics.all().subList(5, 10));
    assertThat(topics.inputs())
        .contains(topics.regions(), topics.observations(), topics.projectUpdates());
    assertThat(topics.streamsOutputs()).contains(topics.paceProgress(), topics.deadLetters());
  }

  @Test
  void shouldCompactStateLikeTopicsAndDeleteEventStreams() {
    assertThat(topics.all())
        .filteredOn(spec -> spec.cleanupPolicy() == CleanupPolicy.COMPACT)
        .extracting(TopicSpec::name)
        .containsExactlyInAnyOrder(
            "planwatch.reference.regions",
            "planwatch.reference.indicators",
            "planwatch.plan.targets",
            "planwatch.pace.progress",
            "planwatch.pace.scorecards",
            "planwatch.projects.progress");
  }

  @Test
  void shouldKeepObservationsForeverSoFiveYearsCanBeReplayed() {
    assertThat(topics.observations().topicConfigs())
        .isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
    assertThat(topics.projectUpdates().retention()).isEqualTo(Retention.forever());
    assertThat(topics.regions().topicConfigs()).isEqualTo(Map.of("cleanup.policy", "compact"));
  }

  @Test
  void shouldTypeObservationTopicAndDocumentItsKey() {
    TopicSpec<StatisticalObservation> spec = topics.observations();

    assertThat(spec.valueType()).isEqualTo(StatisticalObservation.class);
    assertThat(spec.keyFormat()).isEqualTo("indicator|region|period|measure");
    assertThat(spec.valueSubject()).isEqualTo("planwatch.stats.observations-value");
    assertThat(spec.keySerde().serializer().serialize(spec.name(), "gdp|210112|2022-06|YTD_LEVEL"))
        .asString()
        .isEqualTo("gdp|210112|2022-06|YTD_LEVEL");
  }

  @Test
  void shouldApplyConfiguredPrefixToEveryName() {
    Topics staging = Topics.withPrefix("staging-");

    assertThat(staging.all()).allSatisfy(spec -> assertThat(spec.name()).startsWith("staging-"));
    assertThat(staging.deadLetters().name()).isEqualTo("staging-dlq");
    assertThat(Topics.withPrefix("").paceAlerts().name()).isEqualTo("pace.alerts");
  }

  @Test
  void shouldFindTopicByFullNameOnly() {
    assertThat(topics.byName("planwatch.pace.alerts")).containsSame(topics.paceAlerts());
    assertThat(topics.byName("pace.alerts")).isEmpty();
  }

  @Test
  void shouldRejectPrefixKafkaCannotName() {
    assertThatThrownBy(() -> Topics.withPrefix("plan watch.")).hasMessageContaining("plan watch.");
    assertThatThrownBy(() -> Topics.withPrefix("x".repeat(240))).hasMessageContaining("249");
  }
}
