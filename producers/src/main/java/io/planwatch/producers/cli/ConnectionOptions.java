package io.planwatch.producers.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command shares: where the broker and the registry are, the topic prefix, a
 * properties file, and what to print. Unset options fall back to the environment, then to the file,
 * then to the defaults ({@link Settings}).
 */
final class ConnectionOptions {
  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,...]",
      description = {
        "Kafka brokers (env PLANWATCH_BOOTSTRAP_SERVERS; default localhost:9092).",
        "Kafka 服务器地址。"
      })
  String bootstrapServers;

  @Option(
      names = "--schema-registry-url",
      paramLabel = "URL[,...]",
      description = {
        "Schema registry (env PLANWATCH_SCHEMA_REGISTRY_URL; default http://localhost:8081).",
        "Schema Registry 地址。"
      })
  String schemaRegistryUrl;

  @Option(
      names = "--schema-registry-user-info",
      paramLabel = "USER:PASSWORD",
      description = {
        "Basic auth for the registry (env PLANWATCH_SCHEMA_REGISTRY_USER_INFO).",
        "Schema Registry 的用户名和密码。"
      })
  String registryUserInfo;

  @Option(
      names = "--topic-prefix",
      paramLabel = "PREFIX",
      description = {
        "Prefix of every topic name (env PLANWATCH_TOPIC_PREFIX; default planwatch.).",
        "主题名前缀。"
      })
  String topicPrefix;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Properties file: bootstrap.servers, schema.registry.url, topic.prefix, and any Kafka"
            + " client or registry setting (security.protocol, sasl.*, ssl.*, basic.auth.*).",
        "配置文件（properties 格式）。"
      })
  Path configFile;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions of topics created when absent (default 3).")
  Integer partitions;

  @Option(
      names = "--replication-factor",
      paramLabel = "N",
      description = "Replication factor of topics created when absent (default 1).")
  Short replicationFactor;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Bound of each call to the broker or the registry (default 30).")
  Integer timeoutSeconds;

  @Option(
      names = {"-v", "--verbose"},
      description = {"Log what happens, and stack traces on errors.", "输出详细日志。"})
  boolean verbose;

  @Option(
      names = "--metrics",
      description = {"Print the publishing metrics at the end.", "结束时打印发布指标。"})
  boolean printMetrics;

  @Option(
      names = "--prometheus-file",
      paramLabel = "FILE",
      description = "Write the metrics in the Prometheus text format to FILE at the end.")
  Path prometheusFile;
}
