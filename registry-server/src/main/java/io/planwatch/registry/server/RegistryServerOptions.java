package io.planwatch.registry.server;

import java.nio.file.Path;

/**
 * How the registry server listens, whom it lets in and where it keeps its schemas.
 *
 * @param port TCP port; 8081 by default, 0 for a free port
 * @param basicAuthUserInfo {@code user:password} every request must carry as basic auth, or null;
 *     for a single user on one machine (the demo). A deployment keeps its users in {@code
 *     usersFile}
 * @param dataDirectory directory of the schema journal and lock file (created if missing), so that
 *     ids, versions, levels and deletions survive a restart; null to keep everything in memory
 * @param keyStore PKCS12 key store with the server's private key and certificate chain: the server
 *     then speaks HTTPS only; null for plain HTTP
 * @param keyStorePassword password of the key store and of the key in it
 * @param usersFile the users allowed in, with salted password hashes ({@link RegistryUsers}); null
 *     for none
 */
public record RegistryServerOptions(
    int port,
    String basicAuthUserInfo,
    Path dataDirectory,
    Path keyStore,
    String keyStorePassword,
    Path usersFile) {
  /** The Confluent default port. */
  public static final int DEFAULT_PORT = 8081;

  public RegistryServerOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (basicAuthUserInfo != null && !basicAuthUserInfo.contains(":")) {
      throw new IllegalArgumentException("basic auth must be user:password");
    }
    if (basicAuthUserInfo != null && usersFile != null) {
      throw new IllegalArgumentException("give either a basic-auth user or a users file, not both");
    }
    if (keyStore != null && keyStorePassword == null) {
      throw new IllegalArgumentException("the TLS key store " + keyStore + " needs its password");
    }
  }

  /** Over HTTP, without a users file. */
  public RegistryServerOptions(int port, String basicAuthUserInfo, Path dataDirectory) {
    this(port, basicAuthUserInfo, dataDirectory, null, null, null);
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
    return new RegistryServerOptions(
        port, basicAuthUserInfo, directory, keyStore, keyStorePassword, usersFile);
  }

  /** The same options over HTTPS with the key and certificate chain of a PKCS12 key store. */
  public RegistryServerOptions withTls(Path pkcs12KeyStore, String password) {
    return new RegistryServerOptions(
        port, basicAuthUserInfo, dataDirectory, pkcs12KeyStore, password, usersFile);
  }

  /** The same options, letting in only the users of a users file ({@link RegistryUsers}). */
  public RegistryServerOptions withUsersFile(Path file) {
    return new RegistryServerOptions(
        port, basicAuthUserInfo, dataDirectory, keyStore, keyStorePassword, file);
  }

  /** Whether the server speaks HTTPS. */
  public boolean tls() {
    return keyStore != null;
  }

  @Override
  public String toString() {
    return "RegistryServerOptions[port="
        + port
        + ", basicAuth="
        + (basicAuthUserInfo == null ? "none" : "****")
        + ", dataDirectory="
        + dataDirectory
        + ", keyStore="
        + keyStore
        + ", usersFile="
        + usersFile
        + "]";
  }
}
