package io.planwatch.registry.server;

/**
 * How the registry server listens.
 *
 * @param port TCP port; 8081 by default, 0 for a free port
 * @param basicAuthUserInfo {@code user:password} every request must carry as basic auth, or null to
 *     accept anonymous requests
 */
public record RegistryServerOptions(int port, String basicAuthUserInfo) {
  /** The Confluent default port. */
  public static final int DEFAULT_PORT = 8081;

  public RegistryServerOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (basicAuthUserInfo != null && !basicAuthUserInfo.contains(":")) {
      throw new IllegalArgumentException("basic auth must be user:password");
    }
  }

  /** Anonymous access on a port. */
  public static RegistryServerOptions onPort(int port) {
    return new RegistryServerOptions(port, null);
  }
}
