package io.planwatch.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the client listener is secured: SASL_SSL, SCRAM-SHA-512 over TLS.
 *
 * @param keyStore PKCS12 key store with the broker's private key and its certificate chain
 * @param keyStorePassword password of the key store and of the key in it
 * @param scramUsers SCRAM-SHA-512 users (name to password) the broker accepts; written into the
 *     metadata when the data directory is formatted, and set again through an admin call on every
 *     later start, so the settings always hold
 */
record ListenerSecurity(Path keyStore, String keyStorePassword, Map<String, String> scramUsers) {
  /** The one SASL mechanism enabled. */
  static final String MECHANISM = "SCRAM-SHA-512";

  ListenerSecurity {
    Objects.requireNonNull(keyStore, "keyStore");
    Objects.requireNonNull(keyStorePassword, "keyStorePassword");
    scramUsers = Map.copyOf(scramUsers);
  }
}
