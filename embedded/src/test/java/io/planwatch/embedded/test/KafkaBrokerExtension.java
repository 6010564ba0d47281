package io.planwatch.embedded.test;

import io.planwatch.embedded.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real Kafka broker shared by every test class of a JVM (a test module's whole failsafe run):
 * started on first use on a free port and a temporary directory, closed when the JUnit root context
 * closes. Starting a broker costs seconds, so test classes share it and keep apart by topic name
 * ({@link KafkaTestClients#uniqueTopic(String)}).
 *
 * <pre>{@code
 * @ExtendWith(KafkaBrokerExtension.class)
 * class MyIT {
 *   @Test
 *   void shouldDoSomething(EmbeddedKafkaBroker broker) {
 *     KafkaTestClients clients = new KafkaTestClients(broker.bootstrapServers());
 *   }
 * }
 * }</pre>
 *
 * <p>Parameters of type {@link EmbeddedKafkaBroker} and {@link KafkaTestClients} are injected, in
 * constructors, lifecycle methods and tests. {@link #sharedBroker(ExtensionContext)} gives the same
 * broker to other extensions.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

  /** The broker of this JVM's test run, started on the first call. */
  public static EmbeddedKafkaBroker sharedBroker(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            EmbeddedKafkaBroker.class,
            key -> EmbeddedKafkaBroker.builder().build().start(),
            EmbeddedKafkaBroker.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sharedBroker(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EmbeddedKafkaBroker.class || type == KafkaTestClients.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    EmbeddedKafkaBroker broker = sharedBroker(context);
    if (parameter.getParameter().getType() == KafkaTestClients.class) {
      return new KafkaTestClients(broker.bootstrapServers());
    }
    return broker;
  }
}
