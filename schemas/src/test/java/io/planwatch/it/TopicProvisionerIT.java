package io.planwatch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.embedded.test.KafkaTestClients;
import io.planwatch.topics.ProvisioningReport;
import io.planwatch.topics.TopicMismatch;
import io.planwatch.topics.TopicProvisioner;
import io.planwatch.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class TopicProvisionerIT {

  @Test
  void shouldCreateEveryCatalogueTopicWithItsCleanupPolicyAndThenFindThemPresent(
      KafkaTestClients clients) throws Exception {
    Topics topics = Topics.withPrefix(KafkaTestClients.uniqueTopic("prov") + ".");
    try (Admin admin = clients.admin()) {
      TopicProvisioner provisioner =
          new TopicProvisioner(admin, 2, (short) 1, Duration.ofSeconds(30));

      ProvisioningReport first = provisioner.provision(topics.all());
      ProvisioningReport second = provisioner.provision(topics.all());

      assertThat(first.created()).hasSize(10);
      assertThat(first.existing()).isEmpty();
      assertThat(second.created()).isEmpty();
      assertThat(second.existing()).hasSize(10);
      assertThat(second.consistent()).isTrue();

      ConfigResource observations =
          new ConfigResource(ConfigResource.Type.TOPIC, topics.observations().name());
      Config config = admin.describeConfigs(List.of(observations)).all().get().get(observations);
      assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
      assertThat(config.get("retention.ms").value()).isEqualTo("-1");
      assertThat(
              admin
                  .describeTopics(List.of(topics.scorecards().name()))
                  .allTopicNames()
                  .get()
                  .get(topics.scorecards().name())
                  .partitions())
          .hasSize(2);
    }
  }

  @Test
  void shouldReportExistingTopicWhoseCleanupPolicyDiffersFromCatalogue(KafkaTestClients clients)
      throws Exception {
    Topics topics = Topics.withPrefix(KafkaTestClients.uniqueTopic("mismatch") + ".");
    try (Admin admin = clients.admin()) {
      // Someone created the compacted reference topic by hand, with the delete policy.
      admin
          .createTopics(
              List.of(
                  new NewTopic(topics.regions().name(), 1, (short) 1)
                      .configs(Map.of("cleanup.policy", "delete"))))
          .all()
          .get();

      ProvisioningReport report =
          new TopicProvisioner(admin, 1, (short) 1, Duration.ofSeconds(30)).provision(topics.all());

      assertThat(report.created()).hasSize(9);
      assertThat(report.mismatches())
          .containsExactly(
              new TopicMismatch(topics.regions().name(), "cleanup.policy", "compact", "delete"));
      assertThatThrownBy(report::requireConsistent)
          .hasMessageContaining(topics.regions().name())
          .hasMessageContaining("compact");
    }
  }
}
