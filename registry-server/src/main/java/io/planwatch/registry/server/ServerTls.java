package io.planwatch.registry.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The server side of HTTPS: the key and certificate chain of a PKCS12 key store. */
final class ServerTls {
  private ServerTls() {}

  /**
   * The SSL context presenting the key store's certificate chain.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read
   */
  static SSLContext sslContext(RegistryServerOptions options) {
    char[] password = options.keyStorePassword().toCharArray();
    try (InputStream in = Files.newInputStream(options.keyStore())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read the registry's TLS key store "
              + options.keyStore()
              + " (a PKCS12 file with the key and certificate chain; check its password): "
              + e.getMessage(),
          e);
    }
  }
}
