package io.planwatch.embedded;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.apache.kafka.network.SocketServerConfigs;
import org.apache.kafka.raft.KRaftConfigs;
import org.apache.kafka.raft.MetadataLogConfig;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.config.ReplicationConfigs;
import org.apache.kafka.server.config.ServerLogConfigs;

/**
 * The server properties of a single combined-mode node (broker + controller in one process).
 *
 * <p>One node means one replica of everything: the internal topics (consumer offsets, transaction
 * state, share-group state) get replication factor 1 and min ISR 1, or transactions and
 * exactly-once processing could never complete. Thread pools and the log cleaner's buffer are sized
 * for a laptop, not a data centre. Overrides are applied last and win.
 */
final class BrokerProperties {
  static final String BROKER_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";

  /** The client listener's name when it is secured. */
  static final String SECURED_LISTENER = "SASL_SSL";

  /** The loopback PLAINTEXT listener of a node whose client listener is secured. */
  static final String INTERNAL_LISTENER = "INTERNAL";

  private BrokerProperties() {}

  /** Server properties for the given resolved ports (no port is 0 here). */
  static Map<String, Object> of(BrokerSettings settings) {
    String host = settings.host();
    int nodeId = settings.nodeId();
    int listenerPort = settings.listenerPort();
    int controllerPort = settings.controllerPort();
    String dataDir = settings.dataDir().toString();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(KRaftConfigs.PROCESS_ROLES_CONFIG, "broker,controller");
    props.put(KRaftConfigs.NODE_ID_CONFIG, Integer.toString(nodeId));
    // A static single-voter quorum: unlike a dynamic (KIP-853) quorum it stores no controller
    // endpoint in the metadata log, so a restart may use another controller port.
    props.put(QuorumConfig.QUORUM_VOTERS_CONFIG, nodeId + "@" + host + ":" + controllerPort);
    props.put(KRaftConfigs.CONTROLLER_LISTENER_NAMES_CONFIG, CONTROLLER_LISTENER);
    if (settings.security().isPresent()) {
      putSecuredListeners(props, settings, settings.security().get());
    } else {
      props.put(
          SocketServerConfigs.LISTENERS_CONFIG,
          endpoint(BROKER_LISTENER, host, listenerPort)
              + ","
              + endpoint(CONTROLLER_LISTENER, host, controllerPort));
      props.put(
          SocketServerConfigs.ADVERTISED_LISTENERS_CONFIG,
          endpoint(BROKER_LISTENER, host, listenerPort));
      props.put(
          SocketServerConfigs.LISTENER_SECURITY_PROTOCOL_MAP_CONFIG,
          BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
      props.put(ReplicationConfigs.INTER_BROKER_LISTENER_NAME_CONFIG, BROKER_LISTENER);
    }
    props.put(ServerLogConfigs.LOG_DIRS_CONFIG, dataDir);
    props.put(MetadataLogConfig.METADATA_LOG_DIR_CONFIG, dataDir);
    props.put(
        KRaftConfigs.SERVER_MAX_STARTUP_TIME_MS_CONFIG,
        Long.toString(settings.startupTimeout().toMillis()));

    props.put(
        ServerLogConfigs.AUTO_CREATE_TOPICS_ENABLE_CONFIG,
        Boolean.toString(settings.autoCreateTopics()));
    props.put(ServerLogConfigs.NUM_PARTITIONS_CONFIG, Integer.toString(settings.numPartitions()));
    props.put(ReplicationConfigs.DEFAULT_REPLICATION_FACTOR_CONFIG, "1");
    props.put("min.insync.replicas", "1");

    // Internal topics of a one-node cluster: one replica, few partitions (each costs files and
    // start-up time; 50 partitions of __consumer_offsets buy nothing on one machine).
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");

    // Sized for a shared laptop.
    props.put(SocketServerConfigs.NUM_NETWORK_THREADS_CONFIG, "2");
    props.put(ServerLogConfigs.NUM_RECOVERY_THREADS_PER_DATA_DIR_CONFIG, "1");
    props.put("num.io.threads", "4");
    props.put("background.threads", "4");
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));

    props.putAll(settings.overrides());
    return props;
  }

  /**
   * Clients on {@code SASL_SSL://host:port} (SCRAM-SHA-512 over TLS); the broker's own traffic
   * (transaction markers to itself, the start-up checks) on a PLAINTEXT listener bound to the
   * loopback address only; the controller on its PLAINTEXT listener, as in a single-node KRaft
   * deployment whose controller port is not exposed.
   */
  private static void putSecuredListeners(
      Map<String, Object> props, BrokerSettings settings, ListenerSecurity security) {
    String client = endpoint(SECURED_LISTENER, settings.host(), settings.listenerPort());
    String internal = endpoint(INTERNAL_LISTENER, BrokerSettings.LOOPBACK, settings.internalPort());
    props.put(
        SocketServerConfigs.LISTENERS_CONFIG,
        client
            + ","
            + internal
            + ","
            + endpoint(CONTROLLER_LISTENER, settings.host(), settings.controllerPort()));
    props.put(SocketServerConfigs.ADVERTISED_LISTENERS_CONFIG, client + "," + internal);
    props.put(
        SocketServerConfigs.LISTENER_SECURITY_PROTOCOL_MAP_CONFIG,
        SECURED_LISTENER
            + ":SASL_SSL,"
            + INTERNAL_LISTENER
            + ":PLAINTEXT,"
            + CONTROLLER_LISTENER
            + ":PLAINTEXT");
    props.put(ReplicationConfigs.INTER_BROKER_LISTENER_NAME_CONFIG, INTERNAL_LISTENER);
    String prefix = "listener.name." + SECURED_LISTENER.toLowerCase(Locale.ROOT) + ".";
    String mechanism = ListenerSecurity.MECHANISM.toLowerCase(Locale.ROOT);
    props.put(prefix + "sasl.enabled.mechanisms", ListenerSecurity.MECHANISM);
    // The server side of SCRAM needs a login module entry but no credentials of its own: it
    // checks clients against the credentials stored in the cluster metadata.
    props.put(
        prefix + mechanism + ".sasl.jaas.config", ScramLoginModule.class.getName() + " required;");
    props.put(prefix + "ssl.keystore.type", "PKCS12");
    props.put(prefix + "ssl.keystore.location", security.keyStore().toString());
    props.put(prefix + "ssl.keystore.password", security.keyStorePassword());
    props.put(prefix + "ssl.key.password", security.keyStorePassword());
  }

  private static String endpoint(String listener, String host, int port) {
    return listener + "://" + host + ":" + port;
  }
}
