package io.planwatch.embedded;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;

/**
 * SCRAM-SHA-512 credentials of the broker's users, set the two ways a KRaft operator sets them:
 * when the storage is formatted ({@code kafka-storage format --add-scram}, so the first client
 * never meets a broker without its user), and through {@code Admin.alterUserScramCredentials} on a
 * running broker ({@code kafka-configs --alter --add-config SCRAM-SHA-512=…}) for a data directory
 * formatted earlier.
 */
final class ScramUsers {
  /** Kafka's documented minimum for SCRAM-SHA-512 is 4096. */
  static final int ITERATIONS = 8192;

  private static final ScramMechanism SCRAM = ScramMechanism.SCRAM_SHA_512;

  private ScramUsers() {}

  /**
   * The {@code --add-scram} arguments of the formatter, one per user. The password is passed
   * salted, so that no character of it can break the argument's {@code [name=…,…]} syntax.
   */
  static List<String> formatterArguments(Map<String, String> users) {
    List<String> arguments = new ArrayList<>();
    try {
      ScramFormatter formatter = new ScramFormatter(SCRAM);
      Base64.Encoder base64 = Base64.getEncoder();
      for (Map.Entry<String, String> user : users.entrySet()) {
        byte[] salt = formatter.secureRandomBytes();
        byte[] salted = formatter.saltedPassword(user.getValue(), salt, ITERATIONS);
        arguments.add(
            SCRAM.mechanismName()
                + "=[name="
                + user.getKey()
                + ",salt="
                + base64.encodeToString(salt)
                + ",saltedpassword="
                + base64.encodeToString(salted)
                + ",iterations="
                + ITERATIONS
                + "]");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM cannot compute " + SCRAM.mechanismName(), e);
    }
    return arguments;
  }

  /**
   * Creates or replaces the users' credentials on a running broker.
   *
   * @param bootstrapServers a listener the admin client may use without credentials (the broker's
   *     loopback inter-broker listener)
   */
  static void upsert(String bootstrapServers, Map<String, String> users, Duration timeout) {
    if (users.isEmpty()) {
      return;
    }
    List<UserScramCredentialAlteration> alterations = new ArrayList<>();
    ScramCredentialInfo info =
        new ScramCredentialInfo(
            org.apache.kafka.clients.admin.ScramMechanism.SCRAM_SHA_512, ITERATIONS);
    users.forEach(
        (name, password) ->
            alterations.add(new UserScramCredentialUpsertion(name, info, password)));
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "planwatch-embedded-scram"))) {
      admin
          .alterUserScramCredentials(alterations)
          .all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Could not set the SCRAM credentials of " + users.keySet() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while setting SCRAM credentials", e);
    }
  }

  /** Rejects a user name the formatter's argument syntax or SCRAM cannot carry. */
  static String requireValidName(String name) {
    if (name == null || name.isBlank() || name.matches(".*[,=\\[\\]\\s].*")) {
      throw new IllegalArgumentException(
          "SCRAM user name must be non-blank, without spaces, ',', '=', '[' or ']': '"
              + name
              + "'");
    }
    return name;
  }
}
