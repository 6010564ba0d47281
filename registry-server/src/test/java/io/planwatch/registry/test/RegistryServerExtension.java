package io.planwatch.registry.test;

import io.planwatch.registry.server.SchemaRegistryServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The project's real HTTP schema registry server, one per test JVM, on a free port, closed when the
 * JUnit root context closes. Injects {@link SchemaRegistryServer} parameters.
 */
public final class RegistryServerExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RegistryServerExtension.class);

  /** The server of this JVM's test run, started on the first call; the root store closes it. */
  static SchemaRegistryServer shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SchemaRegistryServer.class,
            key -> new SchemaRegistryServer(0).start(),
            SchemaRegistryServer.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SchemaRegistryServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }
}
