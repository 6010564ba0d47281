package io.planwatch.streams.query;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.router.JavalinDefaultRouting;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.streams.api.HttpRoutes;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The JSON query API under {@value #BASE}, mounted on the app's HTTP server through the {@link
 * HttpRoutes} hook:
 *
 * <pre>{@code
 * StreamsApp.builder(config, topology).routes(streams -> QueryApi.start(config, streams)).build();
 * }</pre>
 *
 * <p>It reads the topology's queryable stores ({@code PaceStores}), routes lookups by key to the
 * owning instance and gathers lists from all instances ({@link QueryRouting}), and keeps one
 * in-memory mirror of its own: the target catalogue. The alert history is a store of the topology
 * ({@code PaceStores.ALERT_HISTORY}, in RocksDB), routed like any lookup. The mirror stops when the
 * streams instance closes, or on {@link #close()}.
 *
 * <p>The OpenAPI description is the classpath resource {@value #OPENAPI}.
 */
public final class QueryApi implements HttpRoutes, AutoCloseable {

  /** Path prefix of every query route. */
  public static final String BASE = "/api/v1";

  /** The OpenAPI 3 description of this API, on the classpath. */
  public static final String OPENAPI = "/openapi/planwatch-api.yaml";

  private static final Set<KafkaStreams.State> CLOSING =
      EnumSet.of(
          KafkaStreams.State.PENDING_SHUTDOWN,
          KafkaStreams.State.NOT_RUNNING,
          KafkaStreams.State.PENDING_ERROR,
          KafkaStreams.State.ERROR);

  private final QueryContext context;
  private final List<TopicMirror> mirrors;

  private QueryApi(final QueryContext context, final List<TopicMirror> mirrors) {
    this.context = context;
    this.mirrors = List.copyOf(mirrors);
  }

  /**
   * The API over {@code streams}, with the value serdes the registry settings of {@code config}
   * give; starts its mirror of {@code plan.targets}.
   */
  public static QueryApi start(final AppConfig config, final KafkaStreams streams) {
    final Map<String, Object> serdeConfig = config.registry().serdeConfig();
    return start(
        config,
        streams,
        AvroValueSerdes.over(SchemaRegistryClients.create(serdeConfig), serdeConfig));
  }

  /** {@link #start(AppConfig, KafkaStreams)} with the given value serdes. */
  public static QueryApi start(
      final AppConfig config, final KafkaStreams streams, final ValueSerdeFactory serdes) {
    final Topics topics = config.topics();
    final Map<String, Object> client = config.clientProperties();
    final TargetCatalogue targets = new TargetCatalogue();
    final TopicMirror targetMirror =
        new TopicMirror(
            topics.planTargets().name(),
            withClientId(client, config.applicationId(), "targets"),
            topics.planTargets().valueSerde(serdes).deserializer(),
            targets::apply,
            () -> !CLOSING.contains(streams.state()));
    targets.readyWhen(targetMirror::caughtUp);
    final Optional<HostInfo> self =
        config
            .processing()
            .applicationServer()
            .map(server -> new HostInfo(server.host(), server.port()));
    final QueryApi api = new QueryApi(context(streams, self, targets), List.of(targetMirror));
    targetMirror.start();
    return api;
  }

  /** The API over a ready-made context, with no mirrors of its own (tests). */
  static QueryApi over(final QueryContext context) {
    return new QueryApi(context, List.of());
  }

  static QueryContext context(
      final KafkaStreams streams, final Optional<HostInfo> self, final TargetCatalogue targets) {
    final ObjectMapper json =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    final StoreAccess stores = new StoreAccess(streams);
    final ReferenceLookup reference = new ReferenceLookup(stores);
    final QueryRouting routing =
        new QueryRouting(
            new InstanceRouter(streams, self),
            new Forwarder(self.map(QueryRouting::address).orElse("local")),
            json);
    return new QueryContext(stores, routing, new ViewMapper(reference), reference, targets, json);
  }

  @Override
  public void register(final JavalinDefaultRouting routes) {
    routes.exception(NotQueryableException.class, QueryRouting::unavailable);
    new ProgressRoutes(context).register(routes);
    new AlertRoutes(context).register(routes);
    new ScorecardRoutes(context).register(routes);
    new ProjectRoutes(context).register(routes);
    new ReferenceRoutes(context).register(routes);
    new OpenApiRoute().register(routes);
  }

  /** Stops the mirrors; the streams instance is closed by its owner. */
  @Override
  public void close() {
    mirrors.forEach(TopicMirror::close);
  }

  private static Map<String, Object> withClientId(
      final Map<String, Object> client, final String applicationId, final String what) {
    final Map<String, Object> props = new HashMap<>(client);
    props.put("client.id", applicationId + "-query-" + what);
    return props;
  }
}
