package io.planwatch.registry.server;

import java.nio.file.Path;

/**
 * How the registry server listens and where it keeps its schemas.
 *
 * @param port TCP port; 8081 by default, 0 for a free port
 * @param basicAuthUserInfo {@code user:password} every request must carry as basic auth, or null to
 *     accept anonymous requests
 * @param dataDirectory directory of the schema journal and lock file (created if missing), so that
 *     ids, versions, levels and deletions survive a restart; null to keep everything in memory
 */
public record RegistryServerOptions(int port, String basicAuthUserInfo, Path dataDirectory) {
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

  /** In memory. */
  public RegistryServerOptions(int port, String basicAuthUserInfo) {
    this(port, basicAuthUserInfo, null);
  }

  /** Anonymous access on a port, in memory. */
  public static RegistryServerOptions onPort(int port) {
    return new RegistryServerOptions(port, null);
  }

  /** The same options, persisting in a data directory (null: in memory). */
  public RegistryServerOptions withDataDirectory(Path directory) {
    return new RegistryServerOptions(port, basicAuthUserInfo, directory);
  }
}
